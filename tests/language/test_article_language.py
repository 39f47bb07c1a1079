"""An article's language comes from its body; the title only breaks ties; long text is never und."""

from __future__ import annotations

import pytest

from dragoman.language import detect
from dragoman.language.detect import detect_article_language

BODY_DA = (
    "Kommunen åbnede tirsdag en ny cykelsti langs havnen, efter at arbejdet havde varet i næsten to år. "
    "Borgmesteren sagde ved åbningen, at stien skal gøre det lettere for børn at cykle sikkert i skole, "
    "og at den næste strækning mod stranden bliver bygget til næste sommer."
)
TITLE_CASE = "Mayor Opens New Harbour Bike Path In Rain"


def test_the_body_decides_not_a_title_case_headline() -> None:
    assert detect_article_language(BODY_DA, TITLE_CASE)[0] == "da"


def test_a_long_text_is_never_und(monkeypatch: pytest.MonkeyPatch) -> None:
    # The detector gives no clear winner: its best guess is taken for a long text ...
    monkeypatch.setattr(detect, "_best", lambda text: ("da", 0.2))
    assert detect_article_language(BODY_DA * 2)[0] == "da"
    # ... but not for a short one.
    assert detect_article_language("Kort tekst her.")[0] == "und"


def test_the_script_names_the_language_when_the_detector_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "_best", lambda text: ("und", 0.0))
    greek = "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των αγροτών της περιοχής. " * 8
    assert detect_article_language(greek)[0] == "el"
    assert detect_article_language("Plain latin letters only, nothing else here at all. " * 12)[0] == "und"
