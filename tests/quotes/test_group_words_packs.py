"""Group speakers and passive agents are the language packs' words (LanguageRules
``speaker_quantifiers``, ``speaker_group_heads``, ``speaker_group_links``, ``passive_agents``),
read by dragoman.quotes.groups. Sentences are original, written for these tests."""

from __future__ import annotations

import pytest

from dragoman.language import normalize_for_match, rules_for, split_sentences
from dragoman.language.rules import all_rules
from dragoman.model import Article
from dragoman.quotes import find_quotes
from dragoman.quotes.cues import valid_speaker
from dragoman.quotes.groups import AGENT_WORDS, GROUP_HEADS, QUANTIFIERS, quantified
from dragoman.quotes.lexicon import lexicon, words
from dragoman.quotes.speakers import Mentions, Speaker


def test_the_quote_stage_reads_every_packs_group_words() -> None:
    for rules in all_rules():
        assert {normalize_for_match(w) for w in rules.speaker_quantifiers} <= QUANTIFIERS
        assert {normalize_for_match(w) for w in rules.speaker_group_heads} <= GROUP_HEADS
        assert {normalize_for_match(w) for w in rules.passive_agents} <= AGENT_WORDS


def test_each_language_keeps_its_own_words() -> None:
    fr, de = rules_for("fr"), rules_for("de")
    assert fr is not None and de is not None
    assert "plusieurs" in fr.speaker_quantifiers and "plusieurs" not in de.speaker_quantifiers
    assert "durch" in de.passive_agents and "durch" not in fr.passive_agents


def _speakers(text: str, lang: str) -> list[str | None]:
    article = Article(id="t", source="test", text=text, language=lang,
                      sentences=split_sentences(text, lang))
    return [q.speaker_text for q in find_quotes(article)[0]]


@pytest.mark.parametrize("subject", ["Bazı uzmanlar", "Birkaç uzman", "Birçok esnaf"])
def test_a_turkish_quantified_group_is_the_speaker_not_its_quantifier(subject: str) -> None:
    # The quantifier is no name: without it the capitalised "Bazı" alone was the speaker.
    text = f"{subject}, “Bu plan çok pahalı ve halka hiçbir fayda getirmeyecek” dedi."
    assert _speakers(text, "tr") == [subject]


def _valid_in_persian(phrase: str) -> bool:
    rules = rules_for("fa")
    assert rules is not None
    article = Article(id="t", source="test", text=phrase, language="fa")
    return valid_speaker(Speaker(0, len(phrase), phrase), lexicon(rules), Mentions(article))


@pytest.mark.parametrize("phrase", ["برخی ساکنان", "چند دانشجو", "بسیاری از مردم"])
def test_a_persian_quantified_group_may_speak(phrase: str) -> None:
    # "some residents", "a few students", "many of the people"
    assert quantified([w.key for w in words(phrase)])
    assert _valid_in_persian(phrase)


@pytest.mark.parametrize("phrase", ["خانواده این زندانی", "بستگان او"])
def test_a_persian_family_may_speak_for_a_person(phrase: str) -> None:
    # "this prisoner's family", "his relatives"
    assert not quantified([w.key for w in words(phrase)])
    assert _valid_in_persian(phrase)


def test_a_persian_noun_phrase_without_a_group_word_is_no_speaker() -> None:
    assert not _valid_in_persian("این طرح")  # "this plan"


def test_english_naming_and_adverb_words_are_the_english_packs() -> None:
    en, fr = rules_for("en"), rules_for("fr")
    assert en is not None and fr is not None
    assert "for" in en.naming_particles  # "called for"
    assert en.adverb_endings == ("ly",)
    assert not fr.naming_particles and not fr.adverb_endings and not fr.participle_endings
    assert dict(fr.role_determiner_genders) == {"le": "m", "la": "f"}
    assert not en.role_determiner_genders  # "the" tells no gender
