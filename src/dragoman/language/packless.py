"""Scripts of languages without a pack (``dragoman.language.rules.script_of_language``)."""

from dragoman.language.scripts import LATIN

# Languages without a pack whose script is still worth knowing: the script of the text an
# NER model of the language reads (models may be trained for them without a pack), and
# right-to-left codes a page or a terminal must lay out (ISO 639-1 and 639-3; "iw" is the
# old code of Hebrew). A pack, where there is one, answers instead of this table.
SCRIPTS_WITHOUT_PACK = {
    "ur": "Arab", "ps": "Arab", "ckb": "Arab", "sd": "Arab", "ug": "Arab", "arz": "Arab",
    "ary": "Arab", "he": "Hebr", "iw": "Hebr", "yi": "Hebr", "dv": "Thaa", "syr": "Syrc",
    "uk": "Cyrl", "bg": "Cyrl", "nl": LATIN,
}  # fmt: skip
