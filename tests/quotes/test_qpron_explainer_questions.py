"""Question headings of an explainer ("Who pays for the tunnel?") are no interview questions:
only a question that addresses someone ("you", "Sie") cuts a pronoun's antecedent chain,
unless the text holds ``ADDRESSED_QUESTIONS`` of them (``quotes/pronounscope``). Sentences
written for these tests."""

import pytest

import dragoman
from dragoman.language.rules import rules_for
from dragoman.quotes.lexicon import lexicon
from dragoman.quotes.pronounscope import _addressed, _questions


def _speaker(text: str, lang: str, target: str) -> str | None:
    quotes = sorted((q for q in dragoman.analyze(text, lang=lang).quotes if target in q.text),
                    key=lambda q: len(q.text))
    assert quotes, target
    return quotes[0].speaker_name or quotes[0].speaker_text or None


@pytest.mark.parametrize(("lang", "text", "target", "speaker"), [
    # explainers: the heading asks about things, "she" goes on with the minister
    ("en", "Treasurer Rosalind Achebe unveiled the housing plan on Thursday.\n\nWho owns the "
           "empty plots?\n\nMostly the railway.\n\nHow many flats will be built?\n\nAbout "
           "four thousand.\n\nWhen does building start?\n\nShe said the first cranes would "
           "arrive in April.", "first cranes", "Rosalind Achebe"),
    ("de", "Verkehrsminister Anselm Trautwein stellte den Plan am Dienstag vor.\n\nWer bezahlt "
           "den neuen Tunnel?\n\nBund und Land gemeinsam.\n\nWie lange dauert der Bau?\n\n"
           "Mindestens sechs Jahre.\n\nWas ändert sich für Pendler?\n\nEr sagte, die Züge "
           "würden doppelt so oft fahren.", "Züge würden", "Anselm Trautwein"),
    ("fr", "La ministre Hortense Delaunay a présenté la réforme mardi.\n\nQui finance les "
           "nouvelles crèches ?\n\nLes communes.\n\nCombien de places seront créées ?\n\n"
           "Environ dix mille.\n\nQuand ouvriront les premières crèches ?\n\nElle a dit que "
           "les premières ouvriraient en septembre.", "premières ouvriraient",
     "Hortense Delaunay"),
    # negatives: interviews whose questions address the interviewee still cut the chain
    ("en", "Reginald Osei has run the bakery since 1990. He said “Bread is patience.”\n\nWhere "
           "did you learn to bake?\n\nFrom my aunt.\n\nWhat did your first shop look like?\n\n"
           "Tiny.\n\nWhy did you open a second one?\n\nMy landlord pushed me. He said “The "
           "corner shop is free.”", "corner shop is free", None),
    ("de", "Cornelia Wendtland leitet das Theater seit 2012.\n\nWie sind Sie zum Theater "
           "gekommen?\n\nÜber die Schule.\n\nWas haben Ihre Eltern dazu gesagt?\n\nWenig."
           "\n\nWarum sind Sie geblieben?\n\nMein erster Regisseur hat mich überzeugt. Er "
           "sagte: „Du gehörst auf die Bühne.“", "gehörst auf die Bühne", None),
    # negatives: an answer's own sentence before the pronoun ("Awful. She said") keeps the cut
    # after a question that addresses no one; the "she" is someone in the answer
    ("en", "Potter Leopoldine Marsh has fired kilns for forty years.\n\nHow did the first "
           "kiln come about?\n\nBy luck.\n\nWhat was the first firing like?\n\nA disaster."
           "\n\nAnd the second firing?\n\nWorse. She said \u201cSell the kiln.\u201d",
     "Sell the kiln", None),
    ("de", "Imkerin Hedwig Leinweber betreut vierzig Völker.\n\nWie war der Winter am "
           "Hang?\n\nMild.\n\nWer hilft bei der Ernte im Sommer?\n\nMein Sohn.\n\n"
           "Wie lief die Ernte im August?\n\nGut. Er sagte: \u201eDer Honig ist dunkler.\u201c",
     "Honig ist dunkler", None),
])
def test_explainer_headings(lang: str, text: str, target: str, speaker: str | None) -> None:
    assert _speaker(text, lang, target) == speaker


def test_polite_address_is_read_inside_the_question_only() -> None:
    assert _addressed("Warum haben Sie das Bad geschlossen?", "de")
    assert not _addressed("Sie hat das Bad geschlossen?", "de")  # "Sie" first: she or they
    assert not _addressed("Warum hat sie das Bad geschlossen?", "de")
    assert _addressed("Pensez-vous que la réforme passera ?", "fr")
    assert not _addressed("Who pays for the rail link?", "en")


def test_polite_sie_is_no_subject_pronoun() -> None:
    rules = rules_for("de")
    assert rules is not None
    lex = lexicon(rules)
    polite = "A.\n\nWarum haben Sie das Bad geschlossen?\n\nDas Dach war undicht."
    third = "A.\n\nWarum hat sie das Bad geschlossen?\n\nDas Dach war undicht."
    assert _questions(polite, lex.pronouns, "de")[0] == 1
    assert _questions(third, lex.pronouns, "de")[0] == 0
