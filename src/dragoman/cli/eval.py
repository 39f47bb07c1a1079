"""``dragoman eval ...``: the evaluations live in the repository's ``eval/`` folder, not in the
installed package; these commands only say how to run them from a checkout."""

from __future__ import annotations

import click

from dragoman.cli.app import main

# What each former ``dragoman eval`` subcommand is now, run from a Dragoman checkout.
MOVED = {
    "extraction": "python -m eval.extraction_scoring FOLDER [--json]   "
                  "(or python -m eval.run extraction: the Fundus set in ../shared/data)",
}


@main.group(name="eval")
def eval_group() -> None:
    """Quality evaluations: run from a Dragoman checkout (python -m eval.run)."""


@eval_group.command(name="extraction", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def extraction(args: tuple[str, ...]) -> None:
    """Moved out of the package: python -m eval.extraction_scoring FOLDER, from a checkout."""
    del args
    raise click.ClickException(
        "the extraction evaluation is not part of the installed package; from a Dragoman "
        f"checkout run: {MOVED['extraction']}"
    )
