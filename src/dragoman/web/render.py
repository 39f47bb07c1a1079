"""HTML fragments built in Python: highlighted article text and inline SVG charts.

Every piece of article content goes through ``markupsafe.escape``; the only markup in
the output is the tags written here, and their attribute values are escaped too.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from dragoman.language.rules import right_to_left
from dragoman.model import Article
from dragoman.views.detail import link_note

# Chart colours, chosen to stay distinct for colour-blind readers (Okabe-Ito, plus greys).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
           "#000000", "#999999", "#666666")
# One colour per language on every chart and page: the archive's usual languages get their
# own; any other code a stable palette colour derived from its letters.
LANGUAGE_COLOURS = {"en": "#0072b2", "ar": "#e69f00", "fr": "#009e73", "ru": "#cc79a7",
                    "es": "#56b4e9", "hi": "#d55e00", "de": "#f0e442", "zh": "#000000",
                    "fa": "#999999", "ur": "#666666"}


def language_colour(language: str | None) -> str:
    """The colour of a language on every chart (same code, same colour, whatever the chart)."""
    code = language or "und"
    if code in LANGUAGE_COLOURS:
        return LANGUAGE_COLOURS[code]
    return PALETTE[zlib.crc32(code.encode()) % len(PALETTE)]


def text_dir(language: str | None) -> str:
    return "rtl" if right_to_left(language) else "ltr"  # the language pack's script


# The language a story's headline is shown in when the story has a title in it.
HEADLINE_LANGUAGE = "en"


def headline(titles: dict[str, str], fallback: str) -> tuple[str, str]:
    """The (language, title) to head a story with; its id when it has no title."""
    if not titles:
        return "und", fallback
    lang = HEADLINE_LANGUAGE if HEADLINE_LANGUAGE in titles else next(iter(titles))
    return lang, titles[lang]


def moment(value: str | None) -> str:
    """An ISO date or datetime for reading: minutes, and the UTC offset when stated."""
    if not value or len(value) <= 10:
        return value or ""
    day, _, time = value.partition("T")
    clock, offset = time[:5], ""
    for sign in ("+", "-", "Z"):
        at = time.find(sign, 5)
        if at != -1:
            offset = " UTC" if time[at:] in {"Z", "+00:00"} else f" UTC{time[at:]}"
            break
    return f"{day} {clock}{offset}"


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s), else None (no javascript:, data: ... links)."""
    if url and url.strip().lower().startswith(("http://", "https://")) and not any(
        c in url for c in "\"'<> \n\r\t"
    ):
        return url.strip()
    return None


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    open: str  # the opening tag (already escaped)
    close: str
    rank: int  # outer spans (quotes) rank lower, so they open first


def _spans(article: Article) -> list[_Span]:
    spans: list[_Span] = []
    n = len(article.text)
    for i, q in enumerate(article.quotes):
        if 0 <= q.start < q.end <= n:
            who = q.speaker_name or q.speaker_text or "unattributed"
            spans.append(_Span(q.start, q.end,
                               f'<span class="quote" id="q{i}" title="{escape(who)}">',
                               "</span>", 0))
        if q.speaker_start is not None and q.speaker_end is not None and \
                0 <= q.speaker_start < q.speaker_end <= n and q.speaker_id:
            href = "/entities/" + quote(q.speaker_id, safe="")
            spans.append(_Span(q.speaker_start, q.speaker_end,
                               f'<a class="speaker" href="{escape(href)}">', "</a>", 1))
    for m in article.mentions:
        if not 0 <= m.start < m.end <= n:
            continue
        if m.entity_id:
            href = "/entities/" + quote(m.entity_id, safe="")
        else:
            href = "/search?" + urlencode({"q": m.text})
        spans.append(_Span(m.start, m.end,
                           f'<a class="ent ent-{escape(m.label)}" href="{escape(href)}" '
                           f'title="{escape(link_note(m))}">', "</a>", 2))
    # A mention inside a speaker span would nest a link in a link: keep the speaker link.
    speakers = [(s.start, s.end) for s in spans if s.rank == 1]
    return [s for s in spans
            if s.rank != 2 or not any(a < s.end and s.start < b for a, b in speakers)]


def highlight(article: Article) -> Markup:
    """The article text with quotations and entity mentions marked and linked.

    Spans that cross (rather than nest) are split: the inner one is closed and reopened
    around the boundary, so the output is always well-formed.
    """
    text = article.text
    spans = sorted(_spans(article), key=lambda s: (s.start, -s.end, s.rank))
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    pending = list(reversed(spans))
    for pos, nxt in itertools.pairwise(bounds):
        ending = [s for s in stack if s.end <= pos]
        if ending:
            first = min(stack.index(s) for s in ending)
            for s in reversed(stack[first:]):
                out.append(s.close)
            reopen = [s for s in stack[first:] if s.end > pos]
            del stack[first:]
            for s in reopen:
                out.append(s.open)
                stack.append(s)
        while pending and pending[-1].start == pos:
            s = pending.pop()
            out.append(s.open)
            stack.append(s)
        out.append(str(escape(text[pos:nxt])))
    out.extend(s.close for s in reversed(stack))
    return Markup("".join(out))


# Longest time axis drawn day by day; longer spans are drawn week by week (Mondays).
MAX_DAILY_BARS = 92


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _axis(stated: list[str]) -> tuple[list[str], Callable[[str], str]]:
    """Every day (or week) from the first to the last stated (valid) one, so gaps show as
    gaps; and the function that puts a day in its slot."""
    first, last = date.fromisoformat(stated[0]), date.fromisoformat(stated[-1])
    if (last - first).days < MAX_DAILY_BARS:
        span = (last - first).days + 1
        return [(first + timedelta(days=i)).isoformat() for i in range(span)], lambda d: d

    def monday(d: str) -> str:
        day = date.fromisoformat(d)
        return (day - timedelta(days=day.weekday())).isoformat()

    start = date.fromisoformat(monday(stated[0]))
    weeks = (last - start).days // 7 + 1
    return [(start + timedelta(weeks=i)).isoformat() for i in range(weeks)], monday


def bar_chart(rows: list[dict[str, object]], value: str, title: str,
              width: int = 640, height: int = 220) -> Markup:
    """A stacked bar chart per day and language as inline SVG (no script, no external file).

    ``rows`` are ``{"day": "YYYY-MM-DD", "language": code, value: count}``.
    """
    stated = sorted({str(r["day"]) for r in rows if _day(str(r["day"]))})
    if not stated:
        return Markup("")
    days, bucket = _axis(stated)
    languages = sorted({str(r["language"]) for r in rows if _day(str(r["day"]))})
    colour = {lang: language_colour(lang) for lang in languages}
    totals = {d: 0 for d in days}
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        try:
            slot_day = bucket(str(r["day"]))
        except ValueError:
            continue  # a malformed stated date has no place on the axis
        if slot_day in totals:
            key = (slot_day, str(r["language"]))
            counts[key] = counts.get(key, 0) + int(r[value])  # type: ignore[call-overload]
    stacks: dict[str, list[tuple[str, int]]] = {d: [] for d in days}
    for (d, lang), count in sorted(counts.items()):
        stacks[d].append((lang, count))
        totals[d] += count
    top = max(totals.values()) or 1
    left, bottom, legend = 34, 38, 22
    plot_w, plot_h = width - left - 8, height - bottom - legend
    slot = plot_w / len(days)
    bar = max(2.0, min(48.0, slot * 0.7))
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{left}" y1="{legend + plot_h}" x2="{width - 4}" y2="{legend + plot_h}" '
        'stroke="#888"/>',
        f'<text x="{left - 6}" y="{legend + 10}" text-anchor="end" class="axis">{top}</text>',
        f'<text x="{left - 6}" y="{legend + plot_h}" text-anchor="end" class="axis">0</text>',
    ]
    label_every = max(1, len(days) // 8)
    for i, d in enumerate(days):
        x = left + i * slot + (slot - bar) / 2
        y = float(legend + plot_h)
        for lang, count in stacks[d]:
            h = plot_h * count / top
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{colour[lang]}"><title>{escape(d)} {escape(lang)}: {count}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{legend + plot_h + 14}" '
                         f'text-anchor="middle" class="axis">{escape(d[5:])}</text>')
    parts.append(f'<text x="{left}" y="{height - 4}" class="axis">{escape(days[0][:4])}'
                 f"{'' if days[0][:4] == days[-1][:4] else '–' + escape(days[-1][:4])}</text>")
    x = float(left)
    for lang in languages:
        parts.append(f'<rect x="{x:.0f}" y="4" width="12" height="12" fill="{colour[lang]}"/>'
                     f'<text x="{x + 16:.0f}" y="14" class="axis">{escape(lang)}</text>')
        x += 28 + 8 * len(lang)
    parts.append("</svg>")
    return Markup("".join(parts))
