"""A straight double mark after a digit that closes an open quotation.

``marks`` reads a straight mark after a digit as an inch sign (``12" pizza``, ``5'11"``), neither
opening nor closing. When a straight quotation is open, a title or a phrase that ends in a
number closes there: "„Fortnite“ und "Destiny 2" lassen sich …", "sei "größer als vor
COVID-19". Das …", "dem einstigen "Beverly Hills, 90210"-Star". Read as an inch sign, the
mark leaves the quotation open to the next mark, a later quotation's opening one, and the
quotation swallows the writer's sentences between them. The mark closes when what follows it
is no measured thing: punctuation, a hyphen joining a compound ("90210"-Star), or words up to
a next straight mark that opens a quotation. It stays an inch sign whenever the next straight
mark is no opening one: that is the quotation's own closing mark ("“The TV is 55" wide,” he
said", ""I am 5'11"," he said", ""Die 12"-Single war ein Hit", sagte er")."""

from __future__ import annotations

# Marks after a digit read by this rule: the straight double mark (a straight single one is
# the foot sign or an apostrophe: "5'11", "the '90s").
_STRAIGHT_DOUBLE = '"'
# What follows a closing mark that no inch sign is followed by: the punctuation that ends a
# quoted phrase ("COVID-19".", "Windows 10",").
_CLOSING_PUNCTUATION = ".,;:!?)"


def digit_closes(text: str, marks: list[int], j: int, limit: int) -> bool:
    """The straight double mark ``marks[j]`` after a digit closes the open quotation (see the
    module's docstring); the caller has checked that its family may close it. ``limit``: the
    farthest end of the open quotation, where the search for the next straight mark stops."""
    m = marks[j]
    if text[m] != _STRAIGHT_DOUBLE or m == 0 or not text[m - 1].isdigit():
        return False
    nxt = text.find(_STRAIGHT_DOUBLE, m + 1, limit)  # (bounded by the quotation's length)
    if nxt >= 0 and not _opens(text, nxt):
        return False  # an inch sign inside the quotation, its own closing mark next
    after = text[m + 1:m + 3]
    if not after or after[0] in _CLOSING_PUNCTUATION or after[0] == "\n":
        return True
    if after[0] in "-‐" and after[1:2].isalpha():
        return True  # "90210"-Star, "Formel 1"-Rennen
    # words up to a next straight mark that opens a quotation, in the same paragraph
    return after[0].isspace() and nxt >= 0 and text.find("\n", m, nxt) < 0


def _opens(text: str, at: int) -> bool:
    """The straight mark at ``at`` opens a quotation: a space before it, a word after it."""
    return text[at - 1].isspace() and text[at + 1:at + 2].isalnum()


__all__ = ["digit_closes"]
