"""German-language surnames whose own nominative ends in "-s" (lower case): written before a
noun ("Gerhard Kraus Tod", "Serena Williams Karriere") they read as the name, not as the
genitive of a name without the "-s" ("Gerhard Krau"). Frequent North German patronymic and
trade names and the English ones German news write most; a surname whose "-s"-less stem is a
given name ("Peters", "Jacobs") needs no entry (``germangenitivepeople``)."""

from __future__ import annotations

S_SURNAMES = frozenset({
    "abels", "ahlers", "ahrens", "albers", "andres", "bartels", "behrens", "brandes", "bruns",
    "clemens", "cordes", "dirks", "ebbers", "eggers", "eilers", "engels", "evers", "focks",
    "frerichs", "garbers", "gerdes", "harms", "hennings", "hermes", "hinrichs", "kamps", "klaas",
    "knaus", "knops", "kraus", "krebs", "kuhls", "lammers", "lüders", "lührs", "martens",
    "matthies", "mathes", "meiners", "mertens", "mewes", "nehls", "nickels", "ochs", "paus",
    "reents", "reiners", "rickers", "sachs", "siemens", "siemers", "sievers", "straus", "thies",
    "tönnies", "wessels", "wiebers", "wilms", "winands", "wolters", "fuchs", "haas", "lachs",
    "adams", "burns", "davies", "davis", "dennis", "edwards", "ellis", "evans", "gibbs", "harris",
    "hawkins", "hopkins", "hughes", "jenkins", "jones", "lewis", "matthews", "morris", "myers",
    "owens", "perkins", "reynolds", "rogers", "sims", "simmons", "stevens", "summers", "watkins",
    "wilkins", "williams",
})
# Surname endings of the same reading ("Niehaus", "Backhaus").
S_SURNAME_ENDINGS = ("haus",)
