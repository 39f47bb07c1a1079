"""A question about what someone said states nothing (original sentences)."""

import pytest

from dragoman import analyze


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in analyze(text, lang="en").quotes if not q.direct]


@pytest.mark.parametrize(("text", "not_content"), [
    ("Did Mayor Ann Lowe say that the ferry would sail? She did not.", "the ferry would sail"),
    ("Why did coach Tom Reyes say the pitch was unsafe?", "the pitch was unsafe"),
])
def test_no_statement(text: str, not_content: str) -> None:
    assert all(not t.startswith(not_content) for t, _ in _reported(text))


def test_statements_stay() -> None:
    said = _reported("Mayor Ann Lowe said the ferry would sail at noon. Coach Tom Reyes "
                     "said the pitch was unsafe. Did it matter? Reyes said it did not.")
    assert ("the ferry would sail at noon", "Ann Lowe") in said
    assert ("the pitch was unsafe", "Tom Reyes") in said
