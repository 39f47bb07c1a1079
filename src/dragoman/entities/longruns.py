"""Over-long runs of non-space characters blanked before a tagger reads them, offsets kept.

No word of any language runs to ``MAX_RUN_CHARS`` characters (German compounds, the longest
words of the packs' languages, stay under 80), but hostile or broken pages hold such runs:
200,000 "«", base64 blobs, glued markup. spaCy's tokenizer splits a run's prefixes and suffixes
one at a time, so its cost grows with the square of the run's length (10,000 "«" took 4.9 s of
an 8.5 s ``analyze`` on the French pipeline; 200,000 had not finished after 380 s). Such a run names nothing,
so it is replaced by as many spaces: character offsets of everything else are unchanged."""

from __future__ import annotations

import re

# Longest run of non-space characters a tagger reads (see above; URLs longer than this are
# blanked too, and name no entity).
MAX_RUN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


def blank_long_runs(text: str) -> str:
    """``text`` with every run of over ``MAX_RUN_CHARS`` non-space characters made spaces."""
    if len(text) <= MAX_RUN_CHARS:
        return text
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)
