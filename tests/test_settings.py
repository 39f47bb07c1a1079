"""One Settings object: defaults < config file < environment < flags, clear errors naming
where a bad value came from, and `dragoman config` showing the effective settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.settings import SETTINGS_ENV, Settings, SettingsError, load_settings

CONFIG = """\
db = "from-file.db"
stories = false
fetch_deadline = 30
allow_private_hosts = ["127.0.0.1:8080", "intranet.test"]
ner_backend = "crf-context"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_defaults_are_the_library_defaults() -> None:
    from dragoman.entities.ner import DEFAULT_BACKEND
    from dragoman.sources.http import FetchPolicy

    settings = load_settings({}, {})
    assert settings == Settings() and settings.config_file is None
    assert all(settings.source(name) == "default" for name in SETTINGS_ENV)
    assert settings.ner_backend == DEFAULT_BACKEND
    policy = FetchPolicy()
    assert (settings.fetch_deadline, settings.min_rate, settings.fetch_interval) == (
        policy.deadline, policy.min_rate, policy.min_interval)


def test_file_then_environment_then_flags(config: Path) -> None:
    from_file = load_settings({}, {}, config)
    assert from_file.db == "from-file.db" and from_file.stories is False
    assert from_file.fetch_deadline == 30.0 and from_file.ner_backend == "crf-context"
    assert from_file.allow_private_hosts == ("127.0.0.1:8080", "intranet.test")
    assert from_file.origin["db"] == f"file:{config}" and from_file.config_file == str(config)
    assert from_file.source("embedder") == "default"

    env = {"DRAGOMAN_DB": "from-env.db", "DRAGOMAN_STORIES": "1", "DRAGOMAN_MIN_RATE": "64"}
    from_env = load_settings({}, env, config)
    assert from_env.db == "from-env.db" and from_env.stories is True and from_env.min_rate == 64
    assert from_env.fetch_deadline == 30.0  # the file's, the environment did not set it
    assert from_env.source("db") == "env" and from_env.origin["db"] == "env:DRAGOMAN_DB"

    from_flag = load_settings({"db": "from-flag.db", "workers": None}, env, config)
    assert from_flag.db == "from-flag.db" and from_flag.origin["db"] == "flag:--db"
    assert from_flag.workers is None and from_flag.source("workers") == "default"


def test_config_file_from_the_environment_or_the_user_folder(config: Path, tmp_path: Path) -> None:
    assert load_settings({}, {"DRAGOMAN_CONFIG": str(config)}).db == "from-file.db"
    home = tmp_path / "home"
    (home / ".config" / "dragoman").mkdir(parents=True)
    assert load_settings({}, {"HOME": str(home)}).config_file is None  # optional, absent
    (home / ".config" / "dragoman" / "config.toml").write_text('embedder = "hash"\n')
    settings = load_settings({}, {"HOME": str(home)})
    assert settings.embedder == "hash" and settings.source("embedder") == "file"
    assert settings.cache_dir == str(home / ".cache" / "dragoman")
    xdg = load_settings({}, {"HOME": str(home), "XDG_CACHE_HOME": str(tmp_path / "c")})
    assert xdg.cache_dir == str(tmp_path / "c" / "dragoman") and xdg.source("cache_dir") == "env"


def test_empty_variables_are_unset_except_where_empty_means_none() -> None:
    settings = load_settings({}, {"DRAGOMAN_DB": "", "DRAGOMAN_WRITE_TOKEN": ""})
    assert settings.db == "dragoman.db" and settings.source("db") == "default"
    assert settings.write_token is None and settings.source("write_token") == "env"


def test_lists_from_the_environment() -> None:
    settings = load_settings({}, {"DRAGOMAN_ALLOW_PRIVATE_HOSTS": "a.test, b.test:81",
                                  "DRAGOMAN_TRUST_PROXY": "10.0.0.1 10.0.0.2"})
    assert settings.allow_private_hosts == ("a.test", "b.test:81")
    assert settings.trust_proxy == ("10.0.0.1", "10.0.0.2")


@pytest.mark.parametrize(("text", "message"), [
    ('dbb = "x.db"\n', "key 'dbb': unknown setting 'dbb'"),
    ("stories = 3\n", "key 'stories': expected true or false"),
    ('fetch_deadline = "soon"\n', "key 'fetch_deadline': expected a non-negative number"),
    ("workers = 0\n", "key 'workers': expected a whole number >= 1"),
    ("allow_private_hosts = [1, 2]\n", "key 'allow_private_hosts': expected a list of strings"),
    ("db = \n", "not valid TOML"),
])
def test_file_errors_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {}, path)
    assert f"config file {path}" in str(caught.value) and message in str(caught.value)


def test_a_named_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"missing\.toml: cannot be read"):
        load_settings({}, {}, tmp_path / "missing.toml")
    with pytest.raises(SettingsError, match=r"missing\.toml: cannot be read"):
        load_settings({}, {"DRAGOMAN_CONFIG": str(tmp_path / "missing.toml")})


@pytest.mark.parametrize(("variable", "value", "message"), [
    ("DRAGOMAN_FETCH_DEADLINE", "soon", "expected a non-negative number, not 'soon'"),
    ("DRAGOMAN_MIN_RATE", "nan", "expected a non-negative number"),
    ("DRAGOMAN_STORIES", "maybe", "expected true or false"),
    ("DRAGOMAN_WORKERS", "two", "expected a whole number >= 1"),
    ("DRAGOMAN_RATE_LIMIT", "-5", "expected a whole number >= 0"),
])
def test_environment_errors_name_the_variable(variable: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {variable: value})
    assert str(caught.value).startswith(f"${variable}: ") and message in str(caught.value)


def test_flag_errors_name_the_flag_and_the_token_is_never_shown() -> None:
    with pytest.raises(SettingsError, match=r"^--workers: "):
        Settings().overridden(workers=0)
    with pytest.raises(SettingsError) as caught:
        load_settings({}, {"DRAGOMAN_WRITE_TOKEN": "   "}).overridden(write_token=["s3cret"])
    assert "s3cret" not in str(caught.value)
    settings = Settings().overridden(write_token="s3cret")
    assert "s3cret" not in repr(settings) and settings.public()["write_token"] == "***"


def _config_json(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    result = CliRunner().invoke(main, [*args, "config", "--json"], env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def test_dragoman_config_shows_values_and_sources(config: Path) -> None:
    env = {"DRAGOMAN_CONFIG": str(config), "DRAGOMAN_MIN_RATE": "64", "DRAGOMAN_DB": "",
           "DRAGOMAN_WRITE_TOKEN": "s3cret"}
    shown = _config_json(["--db", "flag.db"], env)
    rows = shown["settings"]
    assert shown["config_file"] == str(config)
    assert rows["db"] == {"value": "flag.db", "source": "flag", "from": "--db", "env": "DRAGOMAN_DB"}
    assert rows["stories"]["value"] is False and rows["stories"]["source"] == "file"
    assert rows["min_rate"]["value"] == 64.0 and rows["min_rate"]["from"] == "DRAGOMAN_MIN_RATE"
    assert rows["embedder"]["source"] == "default"
    assert rows["write_token"]["value"] == "***"
    assert set(rows) == set(SETTINGS_ENV)

    text = CliRunner().invoke(main, ["--config", str(config), "config"],
                              env={"DRAGOMAN_DB": "", "DRAGOMAN_CONFIG": ""})
    assert text.exit_code == 0, text.output
    assert f"config file: {config}" in text.output
    line = next(li for li in text.output.splitlines() if li.startswith("ner_backend "))
    assert "crf-context" in line and "file" in line and "$DRAGOMAN_NER_BACKEND" in line


def test_every_command_refuses_a_bad_setting_with_its_name(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["config"], env={"DRAGOMAN_STORIES": "perhaps"})
    assert result.exit_code != 0 and "$DRAGOMAN_STORIES: expected true or false" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 'blue'\n")
    result = CliRunner().invoke(main, ["--config", str(bad), "stats"])
    assert result.exit_code != 0 and f"config file {bad}: key 'colour'" in result.output


def test_the_archive_takes_its_settings(tmp_path: Path) -> None:
    from dragoman.archive import Archive

    with Archive(str(tmp_path / "a.db")) as archive:
        assert archive.settings == Settings()  # no settings: the library defaults
    settings = load_settings({}, {"DRAGOMAN_DB": str(tmp_path / "b.db"), "DRAGOMAN_STORIES": "0"})
    with Archive(settings=settings) as archive:
        assert archive.location == str(tmp_path / "b.db") and archive.update_stories() == 0
    with Archive(str(tmp_path / "c.db"), settings=settings) as archive:
        assert archive.location == str(tmp_path / "c.db")  # a location wins over settings.db


PAGE = ("Harbour Reopens After Storm\n\n"
        "The harbour of Port Elrond reopened on Thursday after a storm closed it for three "
        "days, the port authority said in a statement.\n\n"
        "Fishing boats returned to sea within hours, and ferry services resumed.\n")


def test_the_ner_backend_setting_reaches_the_stage_and_the_workers() -> None:
    from dragoman.archive import Archive
    from dragoman.executors import pool
    from dragoman.model import Article, RawPage

    settings = Settings(stories=False, ner_backend="no-such-backend")
    with Archive(":memory:", settings=settings) as archive:
        report = archive.ingest([RawPage("a.txt", PAGE, kind="text")])
        (article,) = list(archive.articles())
    assert report.added and any("no-such-backend" in w for w in article.warnings)
    # a worker process runs NER with the models the pool was given by the entities options
    workers = pool.PagePool(2)
    workers.archive_stages({"entities": settings.entity_options()})
    out, _, found = pool._prepare_one(RawPage("a.txt", PAGE, kind="text"), True, workers._models)
    assert found == [([], False)] and isinstance(out[0], Article)
    assert any("no-such-backend" in w for w in out[0].warnings)


def test_watch_allow_private_joins_the_settings_that_webhooks_read(
        config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dragoman.executors.watch as watch_module

    seen: dict[str, Any] = {}

    def fake_watch(archive: Any, feeds: Any, every: float, fetcher: Any, **_: Any) -> None:
        seen["settings"] = archive.settings.allow_private_hosts
        seen["fetcher"] = fetcher.policy.allow_private

    monkeypatch.setattr(watch_module, "watch", fake_watch)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(config), "--db", str(tmp_path / "w.db"),
                                       "watch", str(feeds), "--allow-private", "127.0.0.1:9"])
    assert result.exit_code == 0, result.output
    expected = ("127.0.0.1:8080", "intranet.test", "127.0.0.1:9")
    assert seen["settings"] == expected and seen["fetcher"] == frozenset(expected)
