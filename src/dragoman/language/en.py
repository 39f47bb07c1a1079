"""English rules."""

from dragoman.language.rules import LanguageRules

_MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

RULES = LanguageRules(
    code="en",
    months={
        **{m: i + 1 for i, m in enumerate(_MONTHS)},
        **{m: i + 1 for i, m in enumerate(_ABBR)},
        "sept": 9,
    },
    weekdays=(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ),
    relative_days={"today": 0, "yesterday": -1, "tonight": 0},
    chrome_patterns=(
        r"ads?|advertisements?|sponsored( content)?",
        r"(supervisor|editor[- ]in[- ]chief|managing editor|chief editor)\b.*",
        r"(share|tweet|email|print)( (this|on|article|story).*)?",
        r"(subscribe|sign up|log ?in|register)\b.{0,60}",
        r"(follow us|like us)\b.*",
        r"(read|see) (more|also)\b.{0,120}|related( articles| stories| news)?:?.*",
        r"(all rights reserved|copyright|©).*|.*\ball rights reserved\b.*",
        r"(tags?|topics?|categories|category)\s*:.*",
        r"(home|menu|search|skip to (main )?content|back to top|cookie[s]?.*)",
        r"(advertisement|scroll to continue).*",
    ),
    byline_prefixes=("by", "written by", "reporting by", "reported by", "author:"),
    updated_prefixes=("updated", "last updated", "modified"),
    caption_patterns=(
        r".*\((photo|file photo|ap|afp|reuters|getty images|epa)\)\s*$",
        r"(photo|image|picture)\s*(credit)?\s*:.*",
        r".*\b(getty images|shutterstock)\b.*",
    ),
    meridiem={"am": False, "a.m.": False, "pm": True, "p.m.": True},
)
