"""Words of the reported mood a pack lists for the continued-speech rule
(``quotes/germancontinued.py``: "…, sagte X. Das Ziel sei …"): the finites that make a bare
sentence reported speech, and the words and set phrases that look like one and are not.

Only German has them; every other pack gets the empty ``ReportedMood`` (the rule does not run).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReportedMood:
    # Konjunktiv I finites of the third person that no indicative or Konjunktiv II shares
    # (a writer's own "würde", "hätte", "könnte" stays the writer's); their first person
    # twins ("habe ich", "werde ich") are ruled out by ``self_pronouns``
    finites: frozenset[str] = frozenset()
    # plural Konjunktiv II finites standing in for a Konjunktiv I that the indicative shares
    # ("Die Kassen müssten …", "Experten hätten …"): reported, not the writer's
    plurals: frozenset[str] = frozenset()
    self_pronouns: frozenset[str] = frozenset()  # first and second person: not reported
    # words with the Konjunktiv I ending that are no finite where one could stand (after a
    # capitalised word, before a lower-case one): function words ("Länder, die nicht …",
    # "Kunden eine konkrete …"), and the attributive adjectives of a noun phrase opening a
    # sentence ("Zwei große neue Hallen", "Bayerns schöne alte Dörfer"; review of issue 16)
    ending_exceptions: frozenset[str] = frozenset()
    # singular Konjunktiv II finites with the Konjunktiv I ending: the writer's own
    # conditional as often as a report ("Ein Sieg wäre wichtig"), so no cue by their ending
    conditional_finites: frozenset[str] = frozenset()
    # set phrases holding a reported-mood finite that report nothing (lower case, the words
    # as they stand, "," for a comma before the next word): a wish, a concession, a condition
    # or the writer's aside ("Gott sei Dank", "es sei denn", "Es sei daran erinnert")
    formulas: tuple[tuple[str, ...], ...] = ()


_DE = ReportedMood(
    finites=frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle",
                       "dürfe", "möge", "gebe", "wisse", "liege", "stehe", "gehe", "bleibe",
                       "komme", "zeige", "brauche", "fehle", "gelte", "hänge", "lasse", "sehe",
                       "halte", "plane", "arbeite", "erwarte"}),
    plurals=frozenset({"hätten", "wären", "müssten", "könnten", "dürften", "würden", "fänden",
                       "lägen", "kämen", "gäben", "stünden", "entstünden", "bräuchten"}),
    self_pronouns=frozenset({"ich", "wir", "du"}),
    ending_exceptions=frozenset({
        "eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure", "diese", "jene",
        "jede", "welche", "manche", "solche", "alle", "beide", "einige", "mehrere", "viele",
        "wenige", "andere", "eigene", "ganze", "sowie", "ohne", "wie", "gerne", "heute",
        "bitte", "lange", "gerade", "alleine", "ebenso", "ferne", "nahe", "obere", "untere",
        "erste", "zweite", "dritte", "letzte", "nächste", "halbe", "deutsche",
        # prepositions ending in "e" ("den Täter mithilfe einer Kamera")
        "mithilfe", "infolge", "anstelle",
        # frequent attributive adjectives (review probes: "Drei junge arbeitslose Männer")
        "neue", "alte", "große", "kleine", "junge", "gute", "hohe", "starke", "schöne",
        "frühere", "ehemalige", "weitere", "private", "reiche", "arme", "rote", "grüne",
        "schwarze", "weiße", "öffentliche", "staatliche", "politische", "wichtige", "ähnliche",
        "zahlreiche", "mögliche", "schwere", "leichte"}),
    conditional_finites=frozenset({"wäre", "gäbe", "käme", "läge", "stünde", "fände", "ginge",
                                   "bliebe", "hielte", "ließe", "täte", "hülfe", "stürbe"}),
    formulas=(("und", "sei", "es"), (",", "sei", "es"), ("es", "sei", "denn"),
              ("gott", "sei", "dank"), ("dem", "auch", "sei"), ("was", "es", "wolle"),
              ("sei", "daran"), ("sei", "darauf"), ("sei", "angemerkt"), ("sei", "erwähnt"),
              ("sei", "gesagt"), ("sei", "betont"), ("sei", "hingewiesen"), ("es", "lebe")),
)

_NONE = ReportedMood()


def reported_mood(code: str | None) -> ReportedMood:
    """The reported-mood words of the pack of ``code`` (empty for a pack with none)."""
    return _DE if code == "de" else _NONE


__all__ = ["ReportedMood", "reported_mood"]
