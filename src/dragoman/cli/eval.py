"""``dragoman eval ...``: quality measurements on a folder of pages with ground truth."""

from __future__ import annotations

import json
from collections.abc import Callable

import click

from dragoman.cli.app import main
from dragoman.cli.progress import Progress, quiet_option
from dragoman.errors import DragomanError


@main.group(name="eval")
def eval_group() -> None:
    """Measure quality against ground truth."""


@eval_group.command(name="extraction")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@quiet_option
def extraction(folder: str, as_json: bool, quiet: bool) -> None:
    """Body precision/recall/F1, date accuracy and speed: Dragoman vs trafilatura.

    FOLDER holds ground_truth.json and html/ (Fundus evaluation layout), or a
    dataset/ folder that does.
    """
    from dragoman.extract.evaluation import evaluate_folder

    bars: list[Progress] = []

    def start(pages: int) -> Callable[[], None]:
        bars.append(Progress("eval: pages", total=pages, quiet=quiet))
        return bars[-1].advance

    try:
        figures = evaluate_folder(folder, on_start=start)
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        for bar in bars:
            bar.close()
    if as_json:
        click.echo(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    click.echo(f"{figures['pages']} pages; date gold: {figures['date_gold']}")
    click.echo(f"{'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'date':>6} {'pages/cpu-s':>11}")
    for name in ("dragoman", "trafilatura"):
        s = figures[name]
        day = s["date_exact_day_accuracy"]
        click.echo(
            f"{name:<12} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
            f"{'-' if day is None else f'{day:.3f}':>6} {s['pages_per_second']:>11.1f}"
        )
    click.echo(f"CPU time Dragoman / trafilatura: {figures['cpu_time_ratio_dragoman_over_trafilatura']}")
