"""Story commands: similar, stories, story, recluster."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import click

from dragoman.archive import Archive
from dragoman.cli.app import main, open_archive
from dragoman.cli.output import echo
from dragoman.errors import DragomanError


def _archive(ctx: click.Context) -> Archive:
    archive = open_archive(ctx)
    if not archive.keeps_stories():
        raise click.ClickException("this archive backend does not keep stories")
    return archive


def _echo_json(data: object) -> None:
    echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@main.command()
@click.argument("article_id")
@click.option("--limit", default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def similar(ctx: click.Context, article_id: str, limit: int, as_json: bool) -> None:
    """Articles most similar to ARTICLE_ID, in any language, with the parts of each score."""
    archive = _archive(ctx)
    try:
        ranked = archive.story_service().similar(article_id, limit=limit)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _echo_json([{"id": a.id, "language": a.language, "title": a.title,
                     "published": a.published, "story": a.story_id, **asdict(s)}
                    for a, s in ranked])
        return
    for a, s in ranked:
        why = f"cosine {s.cosine:.2f}"
        if s.shared_entities:
            why += f", entities {', '.join(s.shared_entities[:4])}"
        if s.shared_places:
            why += f", places {', '.join(s.shared_places[:4])}"
        why += f", {s.days_apart:.0f} days apart" if s.days_apart is not None else ", date unknown"
        echo(f"{s.score:.3f}  {a.id}  [{a.language}] {a.title or '(untitled)'}")
        echo(f"       {why}")


@main.command()
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Stories seen on or after.")
@click.option("--lang", default=None, help="Stories with an article in this language.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stories(ctx: click.Context, since: str | None, lang: str | None, limit: int,
            as_json: bool) -> None:
    """Stories, largest first: titles per language, dates, article count, languages."""
    archive = _archive(ctx)
    rows = archive.stories(since=since, lang=lang, limit=limit)
    keep = ("id", "storyline_id", "titles", "first_seen", "last_seen", "count", "duplicates",
            "languages", "top_entities")
    if as_json:
        _echo_json([{k: r[k] for k in keep} for r in rows])
        return
    if not rows:
        echo("no stories", err=True)
    for r in rows:
        title = r["titles"].get(lang or "", None) or next(iter(r["titles"].values()), "(untitled)")
        span = f"{r['first_seen'] or '?'}..{r['last_seen'] or '?'}"
        echo(f"{r['id']}  {r['count']:>4} articles  {span}  [{','.join(r['languages'])}]  "
             f"{title}")


@main.command()
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def story(ctx: click.Context, story_id: str, as_json: bool) -> None:
    """One story: articles by language, timeline, entities and quotations."""
    archive = _archive(ctx)
    try:
        detail = archive.story(story_id)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _echo_json(detail)
        return
    _print_story(detail)


def _tallies(label: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        echo(f"{label}: " + ", ".join(
            f"{r['name']} ({r['count']}: {' '.join(f'{k} {v}' for k, v in r['languages'].items())})"
            for r in rows))


def _print_story(detail: dict[str, Any]) -> None:
    """The story page as text: the same record the web page and the API show."""
    echo(f"story {detail['id']}: {detail['headline']}")
    echo(f"{detail['articles']} articles ({detail['duplicates']} duplicates) in "
         f"{', '.join(detail['languages'])}; {detail['first_seen'] or '?'}.."
         f"{detail['last_seen'] or '?'}; storyline {detail['storyline_id'] or '-'}")
    for lang, title in detail["titles"].items():
        echo(f"  [{lang}] {title}")
    for lang, lead in detail["leads"].items():
        echo(f"  lead [{lang}] {lead['text']}  ({lead['article']} {lead['start']}-{lead['end']})")
    _tallies("who", detail["who"])
    _tallies("where", detail["where"])
    for group in detail["said"]:
        echo(f"said by {group['speaker']} ({group['count']}):")
        for q in group["quotes"]:
            echo(f"  “{q['text']}” [{q['language']}, {q['article']}]")
    echo("when: " + ", ".join(f"{d} {n}" for d, n in detail["timeline"].items()))
    echo("outlets: " + ", ".join(f"{o['site']} {o['articles']}" for o in detail["outlets"]))
    for lang, items in detail["by_language"].items():
        echo(f"\n{lang}:")
        for a in items:
            echo(f"  {a['published'] or 'undated':<25} {a['id']}  {a['title'] or ''}")
    for r in detail["related"]:
        title = next(iter((r.get("titles") or {}).values()), "")
        echo(f"related ({r['why']}): {r['id']} {title}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def trends(ctx: click.Context, as_json: bool) -> None:
    """Rising stories and entities: far more articles in the last day than their baseline."""
    found = _archive(ctx).trends()
    if as_json:
        _echo_json(found)
        return
    if found["until"] is None:
        echo("no dated articles", err=True)
        return
    echo(f"last {found['recent_hours']} hours before {found['until']} against the "
         f"{found['baseline_days']} days before")
    for kind in ("stories", "entities"):
        echo(f"rising {kind}:" if found[kind] else f"no rising {kind}")
        for t in found[kind]:
            echo(f"  {t['recent']:>4} articles, baseline {t['baseline_per_day']:.2f}/day, "
                 f"x{t['ratio']:.1f}  {t['id']}  {t['name']}")


@main.command()
@click.pass_context
def recluster(ctx: click.Context) -> None:
    """Rebuild every story and storyline from scratch (stored vectors are reused)."""
    archive = _archive(ctx)
    try:
        placed = archive.recluster()
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    count = archive.story_count()
    echo(f"{placed} articles placed in {count} stories", err=True)
