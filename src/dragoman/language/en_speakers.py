"""English speaker nouns beyond the roles listed in ``en.py`` (issue 16)."""

# Kin words and public bodies named by a common noun that may be a speech cue's subject ("the
# dad of a man missing for a decade has said", "…, the zoo announced in a post"): read off
# pool A's English lead sentences, the kin words beside "mother" and "father" of ``en.py``.
# A body noun inside a subject's modifier stays a modifier ("a man from the city said":
# ``speakerwords.modifier_prepositions``).
KIN = ("dad", "dads", "mum", "mom", "mums", "moms", "grandmother", "grandfather",
       "grandparents", "grandson", "granddaughter", "uncle", "aunt", "cousin", "nephew", "niece",
       "widow", "widower", "fiance", "fiancé", "fiancee", "fiancée", "boyfriend", "girlfriend",
       "parent", "stepfather", "stepmother")
# The bodies are also ``contentwords.group_nouns``: a body speaks as itself, it is not the
# person named with a longer role holding its noun ("City manager Tom Park … The city said").
BODIES = ("zoo", "museum", "hospital", "school", "club", "charity", "foundation", "association",
          "league", "federation", "institute", "hospitals", "schools", "clubs", "charities",
          "city", "county", "regulator", "watchdog")
KIN_AND_BODIES = (*KIN, *BODIES)
