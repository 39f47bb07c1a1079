"""``dragoman config``: the effective settings and where each came from."""

from __future__ import annotations

import json

import click

from dragoman.cli.app import main
from dragoman.cli.output import echo
from dragoman.settings import SETTINGS_ENV, Settings


def _shown(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "-"
    return str(value)


def settings_table(settings: Settings) -> dict[str, object]:
    """Name -> value, source (default/file/env/flag), where (file, variable or flag) and the
    variable that sets it."""
    return {
        name: {"value": value, "source": settings.source(name),
               "from": settings.origin.get(name, "default").partition(":")[2] or None,
               "env": SETTINGS_ENV[name][0]}
        for name, value in settings.public().items()
    }


@main.command("config")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def config(ctx: click.Context, as_json: bool) -> None:
    """The effective settings, each with its source: default, file (the config file),
    env (an environment variable) or flag. Later sources win: defaults < file < env < flags.
    The write token is shown masked."""
    settings: Settings = ctx.obj["settings"]
    table = settings_table(settings)
    if as_json:
        echo(json.dumps({"config_file": settings.config_file, "settings": table},
                        ensure_ascii=False, indent=2))
        return
    echo(f"config file: {settings.config_file or 'none'}")
    width = max(len(name) for name in table)
    for name, row in table.items():
        assert isinstance(row, dict)
        where = f" ({row['from']})" if row["from"] else ""
        echo(f"{name:<{width}}  {_shown(row['value']):<30}  {row['source']}{where}  "
             f"[${row['env']}]")
