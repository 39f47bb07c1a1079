"""Two people NER read as one name, told apart by the article's own coordination of the two
words (original sentences)."""

from dragoman import analyze
from dragoman.entities.twopeople import coordinated_pairs


def test_pairs() -> None:
    text = "Ines und Malte kamen. Mark Walker and Sarah Walker spoke; Ann, Bea and Cora sang."
    pairs = coordinated_pairs(text)
    assert frozenset(("Ines", "Malte")) in pairs
    assert frozenset(("Walker", "Sarah")) not in pairs  # parts of longer names
    assert frozenset(("Bea", "Cora")) in pairs


def test_two_people_are_cut_apart() -> None:
    text = ("Ines und Malte lernen sich auf einem Konzert kennen. Später schreibt Ines Malte eine "
            "lange Nachricht. Malte antwortet erst am nächsten Tag.")
    names = {m.text for m in analyze(text, lang="de").mentions if m.label == "PER"}
    assert "Ines Malte" not in names


def test_a_full_name_stays_whole() -> None:
    text = "Ines Malte leads the choir. Malte said the concert was sold out, and Ines Malte agreed."
    names = [m.text for m in analyze(text, lang="en").mentions]
    assert "Ines Malte" in names
