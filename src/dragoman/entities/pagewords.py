"""Questions about a page's words asked once per mention, answered without reading the whole
page each time: the words before a mention read backwards from it, and whether a word is written
alone on the page, searched once per word. Copying and splitting the text before every mention,
or searching the page again for every mention of the same name, made a page with thousands of
mentions cost the square of its length (issue 14)."""

from __future__ import annotations

import re


def words_before(text: str, pos: int, count: int = 1) -> list[str]:
    """The last ``count`` (at least one) whitespace-separated words of ``text[:pos]``, in text
    order; fewer where the text before has fewer. Whitespace is ``str.isspace``, as ``split``'s."""
    end = slice(None, pos).indices(len(text))[1]
    words: list[str] = []
    while len(words) < max(count, 1):
        while end > 0 and text[end - 1].isspace():
            end -= 1
        begin = end
        while begin > 0 and not text[begin - 1].isspace():
            begin -= 1
        if begin == end:
            break
        words.append(text[begin:end])
        end = begin
    return words[::-1]


def written_word(word: str, text: str, memo: dict[str, bool]) -> bool:
    r"""Whether ``word`` is written on the page with no letter or digit right before or after it,
    as ``re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)``; each word is searched once per
    ``memo`` (one per page)."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
    return found
