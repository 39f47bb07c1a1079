"""Every setting in one frozen object, built at the boundary and passed down.

The command line (``cli/app.py``), the server (``dragoman serve``) and scripts build one
``Settings`` with ``load_settings(flags, environ, config_file)``; the library takes it as
an argument (``Archive(path, settings=...)``) and reads no environment variable itself.
``Settings()`` holds the library defaults.

Precedence, lowest first: defaults < config file < environment < flags. The config file is
TOML with the field names as top-level keys (``db = "news.db"``, ``stories = false``,
``allow_private_hosts = ["127.0.0.1:8080"]``); it is ``--config PATH``, else
``$DRAGOMAN_CONFIG``, else ``~/.config/dragoman/config.toml`` (``$XDG_CONFIG_HOME``) when it
exists. Each value remembers where it came from (``Settings.origin``), which
``dragoman config`` shows. A bad value fails at once with the file and key, or the
variable, named.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dragoman.errors import DragomanError
from dragoman.sources.http import FETCH_DEADLINE_S, MIN_INTERVAL_S, MIN_RATE_BPS

__all__ = ["CONFIG_ENV", "SETTINGS_ENV", "Settings", "SettingsError", "config_path", "load_settings"]

DEFAULT_DB = "dragoman.db"
# The NER backend when none is named: spaCy's news pipelines where installed (fr, es), the
# shipped CRF models elsewhere (``entities/spacyner.py``); equal to
# ``dragoman.entities.ner.DEFAULT_BACKEND`` (tests/test_settings.py checks).
DEFAULT_NER_BACKEND = "auto"
# Sentence embedder of the story and statement steps (``dragoman.stories.embed``).
DEFAULT_EMBEDDER = "use"
# Requests per minute per client address the server allows; 0 turns the limit off (bench/load.py).
DEFAULT_RATE_LIMIT = 600
CONFIG_ENV = "DRAGOMAN_CONFIG"


class SettingsError(DragomanError):
    """A setting has a bad value, or the config file cannot be used; names where it came from."""


def default_cache_dir(home: str | Path | None = None, xdg_cache: str | None = None) -> str:
    """``$XDG_CACHE_HOME/dragoman``, else ``~/.cache/dragoman``."""
    base = Path(xdg_cache) if xdg_cache else Path(home or Path.home()) / ".cache"
    return str(base / "dragoman")


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run may be told; ``Settings()`` is the library's defaults."""

    db: str = DEFAULT_DB  # archive location: SQLite path, :memory: or postgresql://…
    stories: bool = True  # embed and group articles (and regroup statements) after each ingest
    embedder: str = DEFAULT_EMBEDDER
    ner_backend: str = DEFAULT_NER_BACKEND
    ner_models: str | None = None  # folder searched for ner-<lang>.crfsuite before the shipped ones
    cache_dir: str = field(default_factory=default_cache_dir)  # the built knowledge-base index
    fetch_interval: float = MIN_INTERVAL_S  # seconds between two requests to one host
    fetch_deadline: float = FETCH_DEADLINE_S  # seconds one fetch may take in all (0: none)
    min_rate: float = MIN_RATE_BPS  # bytes/s a response must keep after its grace period (0: off)
    allow_private_hosts: tuple[str, ...] = ()  # host[:port] (or "*") exempt from the SSRF guard
    workers: int | None = None  # ingest processes (None: one per core)
    write_token: str | None = field(default=None, repr=False)  # the server accepts ingest with it
    trust_proxy: tuple[str, ...] = ()  # reverse proxies whose X-Forwarded-For is believed
    rate_limit: int = DEFAULT_RATE_LIMIT  # server requests per minute per client (0: none)
    # German bare Konjunktiv sentences after a statement taken as its speaker's (quotes/
    # germancontinued.py); off: the quotation gold's convention (a statement needs its own cue)
    continued_speech: bool = False
    # Where each value came from: "default", "file:PATH", "env:NAME" or "flag:--name".
    origin: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    config_file: str | None = field(default=None, compare=False, repr=False)  # the file read

    def source(self, name: str) -> str:
        """``default``, ``file``, ``env`` or ``flag``."""
        return self.origin.get(name, "default").split(":", 1)[0]

    def overridden(self, **flags: object) -> Settings:
        """A copy with the given flags (``None`` or ``()``: not given) checked and recorded
        as ``flag:--name``."""
        changed: dict[str, Any] = {}
        origin = dict(self.origin)
        for name, value in flags.items():
            if value is None or value == ():
                continue
            flag = f"--{name.replace('_', '-')}"
            changed[name] = _check(name, value, flag)
            origin[name] = f"flag:{flag}"
        return replace(self, **changed, origin=MappingProxyType(origin)) if changed else self

    def entity_options(self) -> dict[str, Any]:
        """Options of the entities stage (``pipeline.standard.analysis_stages``)."""
        return {"backend": self.ner_backend, "models_dir": self.ner_models,
                "cache_dir": self.cache_dir}

    def stage_options(self) -> dict[str, dict[str, Any]]:
        """Options of the analysis stages by stage name (``pipeline.standard.analysis_stages``)."""
        return {"entities": self.entity_options(), "quotes": {"continued": self.continued_speech}}

    def public(self) -> dict[str, Any]:
        """The values as plain JSON types, the write token masked."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("origin", "config_file"):
                continue
            value = getattr(self, f.name)
            if f.name == "write_token" and value:
                value = "***"
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


# -- parsing and checking ---------------------------------------------------------------------
_Check = Callable[[Any], Any]


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a non-empty string")
    return value.strip()


def _optional_text(value: Any) -> str | None:
    if isinstance(value, str) and not value.strip():
        return None
    return _text(value)


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    words = {"1": True, "true": True, "yes": True, "on": True,
             "0": False, "false": False, "no": False, "off": False}
    if isinstance(value, str) and value.strip().lower() in words:
        return words[value.strip().lower()]
    raise ValueError("expected true or false (1/0, yes/no, on/off)")


def _seconds(value: Any) -> float:
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise ValueError("expected a non-negative number") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or value < 0:
        raise ValueError("expected a non-negative number")
    return float(value)


def _count(minimum: int) -> _Check:
    def check(value: Any) -> int:
        if isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                raise ValueError(f"expected a whole number >= {minimum}") from None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise ValueError(f"expected a whole number >= {minimum}")
        return value
    return check


def _hosts(value: Any) -> tuple[str, ...]:
    """A list of strings, or one string of comma- or space-separated items."""
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings (or one comma-separated string)")
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))


# name -> (environment variable, check)
SETTINGS_ENV: dict[str, tuple[str, _Check]] = {
    "db": ("DRAGOMAN_DB", _text),
    "stories": ("DRAGOMAN_STORIES", _flag),
    "embedder": ("DRAGOMAN_EMBEDDER", _text),
    "ner_backend": ("DRAGOMAN_NER_BACKEND", _text),
    "ner_models": ("DRAGOMAN_NER_MODELS", _optional_text),
    "cache_dir": ("DRAGOMAN_CACHE", _text),
    "fetch_interval": ("DRAGOMAN_FETCH_INTERVAL", _seconds),
    "fetch_deadline": ("DRAGOMAN_FETCH_DEADLINE", _seconds),
    "min_rate": ("DRAGOMAN_MIN_RATE", _seconds),
    "allow_private_hosts": ("DRAGOMAN_ALLOW_PRIVATE_HOSTS", _hosts),
    "workers": ("DRAGOMAN_WORKERS", _count(1)),
    "write_token": ("DRAGOMAN_WRITE_TOKEN", _optional_text),
    "trust_proxy": ("DRAGOMAN_TRUST_PROXY", _hosts),
    "rate_limit": ("DRAGOMAN_RATE_LIMIT", _count(0)),
    "continued_speech": ("DRAGOMAN_CONTINUED_SPEECH", _flag),
}


def _check(name: str, value: Any, where: str) -> Any:
    if name not in SETTINGS_ENV:
        raise SettingsError(f"{where}: unknown setting {name!r}; known: {', '.join(SETTINGS_ENV)}")
    try:
        return SETTINGS_ENV[name][1](value)
    except ValueError as exc:
        shown = "***" if name == "write_token" else repr(value)
        raise SettingsError(f"{where}: {exc}, not {shown}") from None


def config_path(environ: Mapping[str, str], explicit: str | Path | None = None) -> tuple[Path | None, bool]:
    """The config file to read and whether it was named (a named file must exist):
    ``explicit`` (``--config``), else ``$DRAGOMAN_CONFIG``, else the user's default file."""
    if explicit:
        return Path(explicit).expanduser(), True
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]).expanduser(), True
    base = environ.get("XDG_CONFIG_HOME") or (
        str(Path(environ["HOME"]) / ".config") if environ.get("HOME") else None)
    return (Path(base) / "dragoman" / "config.toml" if base else None), False


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise SettingsError(f"config file {path}: cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"config file {path}: not valid TOML ({exc})") from None
    return data


def load_settings(flags: Mapping[str, object] | None = None,
                  environ: Mapping[str, str] | None = None,
                  config_file: str | Path | None = None) -> Settings:
    """Defaults < config file < ``environ`` < ``flags`` (field name -> value; None: not given).

    ``config_file`` is the ``--config`` value; without it ``$DRAGOMAN_CONFIG`` or the user's
    default file is read (see the module doc). Raises SettingsError naming the file and key,
    the variable or the flag of a bad value.
    """
    environ = environ or {}
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    if environ.get("XDG_CACHE_HOME") or environ.get("HOME"):
        values["cache_dir"] = default_cache_dir(environ.get("HOME"), environ.get("XDG_CACHE_HOME"))
        if environ.get("XDG_CACHE_HOME"):
            origin["cache_dir"] = "env:XDG_CACHE_HOME"
    path, named = config_path(environ, config_file)
    if path is not None and not named and not path.is_file():
        path = None  # the default file is optional; a named one must exist
    if path is not None:
        for key, value in _read_file(path).items():
            values[key] = _check(key, value, f"config file {path}: key {key!r}")
            origin[key] = f"file:{path}"
    for name, (variable, _) in SETTINGS_ENV.items():
        raw = environ.get(variable)
        if raw is None or (raw == "" and name not in ("write_token", "ner_models")):
            continue  # an empty variable is unset, except where empty means "none"
        values[name] = _check(name, raw, f"${variable}")
        origin[name] = f"env:{variable}"
    settings = replace(Settings(), **values, origin=MappingProxyType(origin),
                       config_file=str(path) if path is not None else None)
    return settings.overridden(**dict(flags or {}))
