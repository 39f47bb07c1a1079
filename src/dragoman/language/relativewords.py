"""Words that say whether a relative clause after a closing source ("…, so der Experte, der
dort forscht.") can describe that source, kept out of ``LanguageRules`` (whose module is at
its size limit) like ``documents``. Read by ``dragoman.quotes.markers``.

- ``agreement``: (the source's article, the relative pronouns that agree with its gender and
  number): "der Experte, der/dessen/dem/den …", not "der Minister, die …" (the pronoun then
  takes up a noun of the statement: "Das sind Argumente, so der Minister, die …").
- ``feminine_endings``: endings of a noun after a feminine article that make it one woman
  ("die Ministerin"), with ``feminine_relatives``; any other noun after that article may be
  plural ("die Händler, die …").
- ``oblique_relatives``: (article, pronoun) pairs where the pronoun is no subject ("die
  Ministerin, der …": a dative); the clause then needs a subject of its own, a word of
  ``clause_subjects`` right after the pronoun ("…, der man vertraut", "…, der die Partei …").
- ``clause_openers``: words that may follow a comma inside the relative clause ("…, der
  glaubt, dass …"); any other word after a comma goes on with the statement ("…, der dort
  forscht, und sie werde schlimmer").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RelativeWords:
    agreement: tuple[tuple[str, tuple[str, ...]], ...] = ()
    feminine_endings: tuple[str, ...] = ()
    feminine_relatives: tuple[str, ...] = ()
    oblique_relatives: tuple[tuple[str, str], ...] = ()
    clause_subjects: tuple[str, ...] = ()
    clause_openers: tuple[str, ...] = ()


_NONE = RelativeWords()
# German grammar (issue 16 review probes, /tmp/review_quotes_de2): nominative, genitive,
# dative and accusative relatives of each gender; "die" before a noun that is no feminine
# person may be a plural ("die Händler, die …", "…, denen …").
_PACKS: dict[str, RelativeWords] = {
    "de": RelativeWords(
        agreement=(("der", ("der", "dessen", "dem", "den")),
                   ("das", ("das", "dessen", "dem")),
                   ("ein", ("der", "das", "dessen", "dem", "den")),
                   ("eine", ("die", "deren", "der")),
                   ("die", ("die", "deren", "der", "denen"))),
        feminine_endings=("in",),
        feminine_relatives=("die", "deren", "der"),
        oblique_relatives=(("die", "der"), ("eine", "der"), ("der", "dem"), ("der", "den"),
                           ("das", "dem"), ("ein", "dem"), ("ein", "den")),
        clause_subjects=("ich", "du", "er", "sie", "es", "wir", "ihr", "man", "der", "die",
                         "das", "ein", "eine", "kein", "keine", "niemand", "jeder", "jede"),
        clause_openers=("dass", "daß", "ob", "wie", "was", "warum", "wann")),
}


def relative_words(code: str | None) -> RelativeWords:
    """The words of the pack of ``code`` (empty for a pack with none)."""
    return _PACKS.get(code or "", _NONE)


__all__ = ["RelativeWords", "relative_words"]
