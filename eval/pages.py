"""Language, page type and titles on all 880 pages of htmldate-eval (800) and Fundus (80).

Through the user's path: the pages are ingested with ``Archive.ingest`` (``eval/ingested.py``)
and the stored articles read back (language as the language stage set it). Reports how
many articles of at least 500 characters come out ``und`` (now, and with the former
title-plus-body sample), the page types found, and titles that still carry the page's site name.
No gold labels: counts only. Run: ``python -m eval.run pages``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
HTMLDATE = SHARED / "dates" / "htmldate-eval"
FUNDUS = SHARED / "extraction" / "fundus-eval" / "dataset"
# "Articles of at least 500 characters of real text are never und" (issue 18).
LONG_TEXT_CHARS = 500


def _pages() -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    from eval.ingested import read_html

    for url, entry in sorted(json.loads((HTMLDATE / "gold.json").read_text(encoding="utf-8")).items()):
        out.append((entry["file"], read_html(HTMLDATE / "pages" / entry["file"]), url))
    for name, entry in sorted(json.loads((FUNDUS / "ground_truth.json").read_text(encoding="utf-8")).items()):
        out.append((name, read_html(FUNDUS / "html" / name), entry.get("url")))
    return out


def main() -> dict[str, Any]:
    if not HTMLDATE.exists() or not FUNDUS.exists():
        return {"skipped": f"{SHARED} is absent"}
    from dragoman.language.detect import detect_language
    from dragoman.model import RawPage
    from eval.ingested import ingest_pages

    pages = _pages()  # one file is listed twice in htmldate-eval's gold (two URLs): the source
    # names the position too, so each of the 880 pages has its own article
    stored, failed = ingest_pages(RawPage(f"{i}/{name}", html, "html", url=url)
                                  for i, (name, html, url) in enumerate(pages))
    types: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    long_und = long_und_before = long_pages = site_in_title = 0
    for i, (name, _, _) in enumerate(pages):
        article = stored.get(f"{i}/{name}")
        if article is None:
            continue
        types[article.page_type] += 1
        lang = article.language or "und"
        languages[lang] += 1
        if len(" ".join(article.text.split())) >= LONG_TEXT_CHARS:
            long_pages += 1
            long_und += lang == "und"
            long_und_before += detect_language(f"{article.title or ''}\n{article.text}")[0] == "und"
        if article.site and article.title and len(article.site) > 3 \
                and article.site.casefold() in article.title.casefold() \
                and article.title.casefold() != article.site.casefold():
            site_in_title += 1
    return {
        "pages": len(pages), "extraction_failures": len(failed),
        "not_stored": len(pages) - len(stored),
        "long_articles": long_pages,
        "long_articles_und": long_und,
        "long_articles_und_with_title_in_sample_before": long_und_before,
        "languages": dict(languages.most_common()),
        "page_types": dict(types.most_common()),
        "titles_containing_site_name": site_in_title,
        "split": "all 880 pages (counts, no gold)",
        "tuned_on": "none fitted; language rule and page-type rules written before this run",
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=1, ensure_ascii=False))
