"""``dragoman config``: the effective settings and where each came from."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dragoman.cli.app import main
from dragoman.cli.output import echo
from dragoman.entities import ner
from dragoman.language.rules import all_rules
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


def ner_models(models_dir: str | None = None, backend: str = "crf") -> dict[str, dict[str, object]]:
    """Language -> the CRF model its text is read with (``models_dir`` first, as the
    ``ner_models`` setting), the language the model was made for (its metadata's) and
    ``fallback``: a sibling's model, as Italian reads with the French one (language/it.py);
    with the ``auto`` backend, ``spacy:PACKAGE`` for a language whose spaCy news pipeline is
    installed (``entities/spacyner.py``)."""
    folders = [Path(models_dir)] if models_dir else []
    files = {p.stem[4:] for d in [*folders, ner.MODEL_DIR] for p in d.glob("ner-??.crfsuite")}
    table: dict[str, dict[str, object]] = {}
    for code in sorted(files | {rules.code for rules in all_rules()}):
        path = ner.model_path(code, None, models_dir)
        if path is None:
            continue
        meta = path.with_suffix(".json")
        made_for = (json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}).get(
            "language") or code
        table[code] = {"model": path.stem, "model_language": made_for, "fallback": made_for != code}
    if backend == "auto":
        from dragoman.entities.spacyner import NEWS_PIPELINES, installed

        for code, package in NEWS_PIPELINES.items():
            if installed(package):
                table[code] = {"model": f"spacy:{package}", "model_language": code, "fallback": False}
    return dict(sorted(table.items()))


def _model_line(code: str, row: dict[str, object]) -> str:
    fallback = f" (fallback: the {row['model_language']} model)" if row["fallback"] else ""
    return f"{code} {row['model']}{fallback}"


@main.command("config")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def config(ctx: click.Context, as_json: bool) -> None:
    """The effective settings, each with its source: default, file (the config file),
    env (an environment variable) or flag. Later sources win: defaults < file < env < flags.
    The write token is shown masked. Then the NER model each language is read with, a
    fallback (another language's model) marked as such."""
    settings: Settings = ctx.obj["settings"]
    table = settings_table(settings)
    models = ner_models(settings.ner_models, settings.ner_backend)
    if as_json:
        echo(json.dumps({"config_file": settings.config_file, "settings": table,
                         "ner_models": models}, ensure_ascii=False, indent=2))
        return
    echo(f"config file: {settings.config_file or 'none'}")
    width = max(len(name) for name in table)
    for name, row in table.items():
        assert isinstance(row, dict)
        where = f" ({row['from']})" if row["from"] else ""
        echo(f"{name:<{width}}  {_shown(row['value']):<30}  {row['source']}{where}  "
             f"[${row['env']}]")
    echo(f"ner models ({settings.ner_backend}): " + ", ".join(_model_line(c, r) for c, r in models.items()))
