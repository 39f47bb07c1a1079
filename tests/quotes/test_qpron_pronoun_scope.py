"""What a speaker pronoun may refer back to (``quotes/pronounscope.py``, ``gender.person_of_gender``):
not across an interview question of its own topic, not to a person named in an aside in
parentheses, not outside the quotation holding the pronoun, never for a polite "Sie" inside a
sentence; "they" only within the speaker memory. Sentences written for these tests."""

from types import SimpleNamespace

import pytest

import dragoman
from dragoman.language.rules import rules_for
from dragoman.quotes.lexicon import lexicon
from dragoman.quotes.mentions import Speaker
from dragoman.quotes.pronounscope import in_scope, question_between


def _speaker(text: str, lang: str, target: str) -> str | None:
    quotes = sorted((q for q in dragoman.analyze(text, lang=lang).quotes if target in q.text),
                    key=lambda q: len(q.text))
    assert quotes, target
    return quotes[0].speaker_name or quotes[0].speaker_text


@pytest.mark.parametrize(("lang", "text", "target", "speaker"), [
    # an interview question of its own topic: the answer's "he" is not the man named before it
    ("en", "Daniel Whitcombe was once asked about market surveys. He said “No, people don’t "
           "know what they want until they see it.”\n\nWhere did you grow up as a child?\n\n"
           "In a mill town.\n\nWhat did your parents do for a living?\n\nBoth were teachers."
           "\n\nWhy do so many companies still spend "
           "money on market research?\n\nBefore the merger, we got two calls a year from the "
           "owner. Back then he said “The numbers always lie.”", "The numbers always", None),
    # negatives (review): a lone question heading, or the reporter's "“…,” she said" after
    # several, is no interview answer; the author named after "by" in parentheses may speak
    ("en", "Clara Colborne defended the plan on Monday.\n\nWhat happens to the "
           "savings now?\n\n“Nobody will lose a cent,” she "
           "said.", "Nobody will lose", "Clara Colborne"),
    ("en", "Clara Colborne presented the budget.\n\nWhat is in it for families?\n\n"
           "More child benefit.\n\nWhat changes for pensioners this year?\n\nA higher pension."
           "\n\nWho pays for all of that?\n\nLarge firms.\n\n“Nobody will lose a cent,” she "
           "said.", "Nobody will lose", "Clara Colborne"),
    ("en", "The survey (carried out by the statistician Sarah Oakley) came out on Friday."
           "\n\n“We saw a clear drop in rents,” she said.", "We saw a clear", "Sarah Oakley"),
    # a person named in parentheses is no antecedent
    ("en", "The band’s new record (the opening track samples a speech by the astronomer Peter "
           "Hollins) took two years to make.\n\n“We wanted it to sound like the night sky,” he "
           "says.", "We wanted it", None),
    # negatives: a question about him, or a one-word question, goes on with the same person
    ("en", "Gregory Amberley was once asked about market surveys. He said “No, people don’t "
           "know what they want until they see it.”\n\nDid he ever change his mind about "
           "that?\n\nNever. Later he said “The numbers always lie.”", "The numbers always",
     "Gregory Amberley"),
    ("en", "Peter Hollins remembered his uncle, a fisherman.\n\nHow?\n\nHe said, “The sea gives "
           "and the sea takes.”", "The sea gives", "Peter Hollins"),
    # negatives: "she" after two women; parentheses closed before; the last person named
    ("en", "Laura Brightwell met Emily Castell at the conference. Brightwell presented the new "
           "figures to the board.\n\n“These numbers are better than we feared,” she said.",
     "These numbers", "Laura Brightwell"),
    ("en", "Marcus Fellowes (a former teacher) now runs the museum.\n\n“Children learn best when "
           "they can touch things,” he says.", "Children learn", "Marcus Fellowes"),
    ("en", "Sarah Penhallow recalled her first day in office.\n\n“My predecessor told me, ‘Never "
           "promise what you cannot pay for,’ and I still think of that,” she said.",
     "My predecessor", "Sarah Penhallow"),
    ("de", "Stefan Kohlhaas traf sich am Montag mit Frank Lindemeyer. Kohlhaas kündigte danach "
           "neue Investitionen an.\n\n„Wir bauen ein zweites Werk“, sagte er.", "Wir bauen",
     "Stefan Kohlhaas"),
    ("de", "Sabine Hellwig sprach am Mittwoch im Landtag.\n\nGestern sagte sie, dass die Schulden "
           "sinken würden. Das ist falsch.", "die Schulden", "Sabine Hellwig"),
])
def test_pronoun_referents(lang: str, text: str, target: str, speaker: str | None) -> None:
    assert _speaker(text, lang, target) == speaker


def _opening(text: str, pos: int) -> int:
    stop = text.rfind(". ", 0, pos)
    return stop + 2 if stop >= 0 else 0


def _ctx(text: str, lang: str, quoted: list[tuple[int, int]]) -> SimpleNamespace:
    rules = rules_for(lang)
    assert rules is not None
    return SimpleNamespace(
        text=text, lex=lexicon(rules), quoted=quoted,
        sentence=lambda pos: (_opening(text, pos), len(text)),
        inside_quotation=lambda a, b: any(s < a and b < e for s, e in quoted))


def test_pronoun_inside_a_quotation_keeps_to_it() -> None:
    text = ("Kai Dörner hat ein Buch geschrieben. „Ich habe es meiner Tante geschenkt. Erst war "
            "sie skeptisch. Sie meint, dass sie jetzt viel mehr versteht.“")
    opening = text.index("„")
    pos = text.index("Sie meint")
    ctx = _ctx(text, "de", [(opening, len(text) - 1)])
    sp = Speaker(pos, pos + 3, "Sie")
    outside = (0, Speaker(0, 10, "Kai Dörner", label="PER"))
    assert in_scope(ctx, sp, pos, [outside], group=True) == []  # type: ignore[arg-type]
    ctx = _ctx(text, "de", [])  # the same cue outside any quotation keeps its candidate
    assert in_scope(ctx, sp, pos, [outside], group=True) == [outside]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "polite"), [
    ("Anna Roth sprach. Herr Minister, gestern sagten Sie, dass die Schulden sinken.", True),
    ("Anna Roth kam spät. Sie sagte, dass die Schulden sinken.", False),
    ("«Wir fordern mehr.» Sie betonte, dass die Lage ernst sei.", False),
    ("Anna Roth, Sie sagen, dass die Schulden sinken.", False),  # addressed in its sentence
])
def test_polite_pronoun_inside_a_sentence(text: str, polite: bool) -> None:
    pos = text.index("Sie")
    ctx = _ctx(text, "de", [])
    cand = (0, Speaker(0, 4, "Anna Roth", label="PER"))
    got = in_scope(ctx, Speaker(pos, pos + 3, "Sie"), pos, [cand], group=False)  # type: ignore[arg-type]
    assert (got == []) is polite


def test_question_between() -> None:
    rules = rules_for("en")
    assert rules is not None
    lex = lexicon(rules)
    qa = "\n\nWhere were you born, and when?\n\nIn Leeds.\n\nWhat was your first job there?\n\nA clerk."
    text = "Ann Lee ran the firm." + qa + "\n\nWhat do readers expect from a magazine?\n\nHe said no."
    assert question_between(text, 7, text.index("He said"), lex)
    text = "Ann Lee ran the firm.\n\nWhat do readers expect from a weekly magazine?\n\nHe said no."
    assert not question_between(text, 7, text.index("He said"), lex)  # one question: no interview
    text = "Ann Lee ran the firm.\n\nWhy?\n\nHe said no."
    assert not question_between(text, 7, text.index("He said"), lex)
