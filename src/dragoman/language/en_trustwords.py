"""English words after which "in" names whom one trusts or wants, not a place ("faith in Baker",
"interest in Baker", "invested in Baker"): standard English grammar, written for this project
after the review of issue 14's one-word persons (``entities.unmarkedpeople``), where "in"
before a one-word name was read as a place's preposition."""

TRUST_BEFORE_IN = frozenset({
    "faith", "trust", "confidence", "belief", "believe", "believes", "believed", "believing",
    "interest", "interested", "invest", "invests", "invested", "investing", "stake", "pride",
})
