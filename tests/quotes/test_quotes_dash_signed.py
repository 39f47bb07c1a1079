"""Quotations signed after a dash on their own line (blurbs, testimonials, quote boxes), anonymous
blurbs among them, pull quotes repeated from the body, and reference lines that open with an
author's initials. Near misses: a dash that goes on with the writer's sentence, a cue after
the dash, a headline after a quoted title, a news line "M. Roth: „…“" with no year.
Original sentences."""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _speaker(text: str, lang: str, key: str, people: tuple[str, ...] = (),
             others: tuple[tuple[str, str], ...] = ()) -> list[str | None]:
    return [q.speaker_text for q in quotes_of(text, lang, people, others) if q.direct and key in q.text]


_DE_BLURBS = ("Stimmen zum Buch\n\nDie Autorin Hanna Wendt lebt in Leipzig.\n\n"
              "„Ein kluges Buch über das Wohnen von morgen.“ – Katrin Albers\n\n"
              "Im zweiten Teil geht es um Nachbarschaft.\n\n"
              "„Selten habe ich so gern über Steuern gelesen.“ – Holger Brandt, Lesezeichen\n\n"
              "„Ich habe es meinem Bruder geschenkt, und er hat es sofort weiterempfohlen.“\n\n"
              "Das Buch hat 240 Seiten.")


def test_a_german_blurb_is_its_signers() -> None:
    people = ("Hanna Wendt", "Katrin Albers", "Holger Brandt")
    assert _speaker(_DE_BLURBS, "de", "kluges Buch", people) == ["Katrin Albers"]
    assert _speaker(_DE_BLURBS, "de", "Steuern", people) == ["Holger Brandt"]


def test_an_unsigned_blurb_among_signed_ones_is_no_ones() -> None:
    people = ("Hanna Wendt", "Katrin Albers", "Holger Brandt")
    assert _speaker(_DE_BLURBS, "de", "meinem Bruder", people) in ([], [None])


def test_english_signatures_with_a_role_or_outlet() -> None:
    text = ("Praise for the book\n\nDaniel Moore interviewed the author.\n\n"
            "“A sharp and generous book about cities.” —Jane Roe, Director of the Harbor Institute\n\n"
            "“I could not put it down.” – Priya Natarajan\n\nAvailable in March.")
    people = ("Daniel Moore", "Jane Roe", "Priya Natarajan")
    assert _speaker(text, "en", "sharp and generous", people) == ["Jane Roe"]
    assert _speaker(text, "en", "put it down", people) == ["Priya Natarajan"]


def test_an_unknown_signer_and_a_colon_lead_in() -> None:
    text = ("The shop reopened on Monday. Here is the owner's note: \"We missed our customers and "
            "we are glad to be back.\" - Lucy Harper -\n\nOpening hours are unchanged.")
    assert _speaker(text, "en", "missed our") == ["Lucy Harper"]


def test_a_dash_going_on_with_the_sentence_signs_nothing() -> None:
    cases = (("de", "„Nach klarer Nacht ist es morgens frostig.“ – dieser Satz stand in jedem "
                    "Wetterbericht.", "klarer Nacht", "dieser Satz"),
             ("de", "Startseite\n\n„Nicht verhandelbar“ – Wie die Regierung das Gesetz änderte\n\n"
                    "Berlin. Die Koalition hat sich geeinigt.", "verhandelbar", "Wie die Regierung"),
             ("en", "The senator paused. “We will not back down.” — and with that she left.",
              "back down", "and with that she left"),
             ("en", "“I never wanted to leave.” — That is how Tom Ray remembers the day.",
              "never wanted", "That is how Tom Ray remembers the day"),
             ("de", "Sie rief: „Hilfe, es brennt!“ – und rannte aus dem Haus.", "brennt", "und rannte"))
    for lang, text, key, tail in cases:
        assert tail not in (_speaker(text, lang, key) or [None])


def test_a_cue_after_the_dash_is_the_cues() -> None:
    text = "„Das war ein langer Tag“ – sagte die Ministerin Julia Engel und lachte."
    assert _speaker(text, "de", "langer Tag", ("Julia Engel",)) == ["Julia Engel"]


def test_a_pull_quote_repeated_from_the_body_is_no_second_statement() -> None:
    text = ("The river rose overnight.\n\n“We lost everything in the basement and most of the "
            "ground floor.”\n\nResidents cleared mud. “It came so fast. We lost everything in the "
            "basement and most of the ground floor,” said Maria Duarte, a neighbour.\n\nHelp came.")
    assert _speaker(text, "en", "lost everything", ("Maria Duarte",)) == ["Maria Duarte"]


def test_a_repeated_phrase_is_its_first_speakers() -> None:
    text = ("In 2019 the historian Ruth Adler said, “the city was built by people who never saw it "
            "finished, and who expected nothing from it.” Decades passed. Now Tom Ray, the curator, "
            "shows what his critics called “people who never saw it finished, and who expected "
            "nothing” in a new light.")
    found = _speaker(text, "en", "who expected nothing", ("Ruth Adler", "Tom Ray"))
    assert found and all(sp is not None and "Adler" in sp for sp in found)


def test_a_reference_line_with_initials_is_no_quotation() -> None:
    text = ("Literatur\n\nG. Quaas: „Das Volkseinkommen steigt nicht im Gleichschritt mit den "
            "Ausgaben“, in: Wirtschaftsdienst 94 (2014), S. 12-18.\n\nK. Lenz/G. Quaas: "
            "„Investitionen und Wachstum“. Leipzig 2012.")
    assert not [q for q in quotes_of(text, "de", ("G. Quaas", "K. Lenz")) if q.direct]


def test_a_news_line_opening_with_an_initial_is_speech() -> None:
    text = ("Die Trainerin war zufrieden.\n\nM. Roth: „Wir haben heute gut gespielt und verdient "
            "gewonnen.“\n\nDanach ging es in die Kabine.")
    assert _speaker(text, "de", "gut gespielt", ("M. Roth",)) == ["M. Roth"]


def test_a_label_after_the_dash_signs_nothing() -> None:
    # review: capitalised words with no given name and no entity are a label, not a signer
    for lang, text, key in (
            ("en", "Council notes\n\n“The pool must open before the summer holidays.” – Closing Remarks\n\n"
                   "The vote is on Friday.", "pool must open"),
            ("de", "Aus dem Rathaus\n\n„Das Freibad muss vor den Ferien öffnen.“ – Zwölf Monate Baustelle\n\n"
                   "Abgestimmt wird am Freitag.", "Freibad")):
        assert all(sp is None for sp in _speaker(text, lang, key))


def test_a_continuation_near_a_signed_quote_box_keeps_its_speaker() -> None:
    # review: the paragraph before quotes a speaker, so this is that speaker going on, no blurb
    text = ("The mayor spoke at the depot. “We will buy forty electric buses next year,” said "
            "Mayor Irene Falk.\n\n“The old diesel fleet will be gone by the end of the decade.”\n\n"
            "“Clean air is not a luxury.” – Irene Falk\n\nThe council votes in June.")
    assert _speaker(text, "en", "diesel fleet", ("Irene Falk",)) == ["Irene Falk"]


def test_a_year_inside_the_quotation_makes_no_reference_line() -> None:
    # review: the year must stand outside the marks ("…“, Berlin 2014"), not in the speech
    text = ("Das Gespräch\n\nR. Adam: „Seit 2018 fahre ich jeden Tag mit dem Rad zur Arbeit.“\n\n"
            "Das Rad steht im Flur.")
    assert _speaker(text, "de", "Rad zur Arbeit", ("R. Adam",)) == ["R. Adam"]


def test_a_scare_quote_before_an_unsigned_blurb_makes_no_continuation() -> None:
    # review: one quoted word in the author's text is no speech for the blurb to continue
    text = ("Über das Buch\n\n„Ein Buch, das Mut macht und trotzdem ehrlich bleibt.“ – Olga Brandis\n\n"
            "Ich schreibe für die „Anfänger“ unter den Gärtnern.\n\n"
            "„Seit ich es gelesen habe, wachsen bei mir sogar die Tomaten auf dem Balkon.“\n\nEnde.")
    assert _speaker(text, "de", "Tomaten", ("Olga Brandis",)) in ([], [None])
