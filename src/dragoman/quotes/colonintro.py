"""A quotation that a colon introduces is the speaker's statement on its own.

"Das Tempo gibt die erste Seite vor: „Ein Schritt nach dem anderen …“, heißt es da", "Her
message was simple: “We will win,” she said": the words before the colon are the writer's
sentence (or a reported one, "Ein Thema sei der Ausbau: „…“, so die Ministerin"), which the
colon closes; they are no opening words of the quoted statement, as the words of a lead-in
with no stop before the mark are ("With thousands of systems, “there is no …,” he said",
``leadin.lead_in``). ``detect`` keeps such a quotation to its marks; ``lead_in`` still tells
whether a cue after it is its own ("X scolded him: “…,” she said")."""

from __future__ import annotations


def colon_introduced(text: str, open_at: int, floor: int) -> bool:
    """A colon is the last character before the opening mark at ``open_at`` (spaces aside),
    after ``floor``: the quotation opens a statement of its own."""
    k = open_at
    while k > floor and text[k - 1] in " \t\u00a0\u202f":
        k -= 1  # (bounded by the spaces before the mark)
    return k > floor and text[k - 1] == ":"


__all__ = ["colon_introduced"]
