"""A small archive for the API and browser tests: the bundled samples through the real
pipeline, plus hand-written analysed articles (original text, known entities, quotations,
story) and one hostile page, so every page has something to show whatever stages exist.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dragoman.archive import Archive
from dragoman.model import Article, Entity, Mention, Quote

STORY = "story-grain-corridor"
STORYLINE = "storyline-baltic-grain"
SPEAKER = "x-annika-saar"
HOSTILE = "t-hostile-page"
# What a successful script injection would do to the page; the tests look for it.
PWNED = "pwned"

ENTITIES = {
    SPEAKER: Entity(SPEAKER, "Annika Saar", "PER",
                    {"en": "Annika Saar", "ar": "أنيكا سار", "fr": "Annika Saar"}),
    "x-tallinn": Entity("x-tallinn", "Tallinn", "LOC", {"en": "Tallinn", "ar": "تالين"}),
    "x-baltic-council": Entity("x-baltic-council", "Baltic Council", "ORG",
                               {"en": "Baltic Council", "ar": "مجلس البلطيق"}),
}


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _analysed(aid: str, language: str, title: str, text: str, published: str,
              confidence: float, mentions: list[tuple[str, str]],
              quote: tuple[str, str] | None, **extra: object) -> Article:
    article = Article(id=aid, source=f"fixture:{aid}", text=text, title=title,
                      language=language, published=published,
                      published_confidence=confidence, story_id=STORY,
                      storyline_id=STORYLINE, **extra)  # type: ignore[arg-type]
    for surface, entity_id in mentions:
        start, end = _span(text, surface)
        entity = ENTITIES[entity_id]
        article.mentions.append(Mention(start, end, surface, entity.type, entity_id))
        if entity not in article.entities:
            article.entities.append(entity)
    if quote:
        said, who = quote
        start, end = _span(text, said)
        s_start, s_end = _span(text, who)
        article.quotes.append(Quote(start, end, said, True, speaker_text=who,
                                    speaker_start=s_start, speaker_end=s_end,
                                    speaker_id=SPEAKER, speaker_name="Annika Saar"))
    return article


def fixture_articles() -> list[Article]:
    en_text = ("Foreign ministers met in Tallinn on Monday to discuss the grain corridor.\n\n"
               "Annika Saar said: “We will keep the corridor open through the winter.”\n\n"
               "The Baltic Council promised to publish a shipping plan within a month.")
    ar_text = ("اجتمع وزراء الخارجية في تالين يوم الاثنين لبحث ممر الحبوب.\n\n"
               "وقالت أنيكا سار: «سنبقي الممر مفتوحا طوال الشتاء».\n\n"
               "ووعد مجلس البلطيق بنشر خطة للشحن خلال شهر.")
    fr_text = ("Les ministres des affaires étrangères se sont réunis à Tallinn lundi pour "
               "discuter du corridor céréalier.\n\n"
               "« Nous garderons le corridor ouvert tout l'hiver », a déclaré Annika Saar.")
    return [
        _analysed("t-fixture-en", "en", "Ministers vow to keep grain corridor open", en_text,
                  "2024-09-02T09:00:00", 1.0,
                  [("Tallinn", "x-tallinn"), ("Annika Saar", SPEAKER),
                   ("Baltic Council", "x-baltic-council")],
                  ("We will keep the corridor open through the winter.", "Annika Saar"),
                  site="Harbour Gazette", url="https://harbour-gazette.example/grain"),
        _analysed("t-fixture-ar", "ar", "وزراء يتعهدون بإبقاء ممر الحبوب مفتوحا", ar_text,
                  "2024-09-02", 0.6,
                  [("تالين", "x-tallinn"), ("أنيكا سار", SPEAKER),
                   ("مجلس البلطيق", "x-baltic-council")],
                  ("سنبقي الممر مفتوحا طوال الشتاء", "أنيكا سار"), site="صحيفة الميناء"),
        _analysed("t-fixture-fr", "fr", "Le corridor céréalier restera ouvert", fr_text,
                  "2024-09-03T16:30:00", 0.9,
                  [("Tallinn", "x-tallinn"), ("Annika Saar", SPEAKER)],
                  ("Nous garderons le corridor ouvert tout l'hiver", "Annika Saar")),
    ]


def hostile_article() -> Article:
    """A page whose every field tries to run script, leak a link or restyle the page."""
    text = ("Officials confirmed the <script>document.title='pwned';alert(1)</script> report.\n\n"
            'Read <a href="javascript:alert(2)">the full statement</a> or '
            '<img src=x onerror="document.title=\'pwned\'"> the photos.\n\n'
            '<div style="position:fixed;inset:0;background:red">covered</div>'
            "<style>body{display:none}</style> Spokesman Rolf Ekdahl said: “All is calm.”")
    article = Article(
        id=HOSTILE, source="fixture:hostile", text=text, language="en",
        title="<img src=x onerror=\"document.title='pwned'\">Storm <script>alert(3)</script>",
        site="<script>alert('site')</script>", url="javascript:alert(4)",
        authors=['<b onmouseover="alert(5)">Mallory</b>'], published="2024-09-03",
        published_confidence=1.0, story_id="story-hostile")
    start, end = _span(text, "<script>document.title='pwned';alert(1)</script>")
    evil = Entity("x-evil", "<svg onload=\"document.title='pwned'\">", "MISC",
                  {"en": "<svg onload=alert(6)>"})
    article.mentions.append(Mention(start, end, text[start:end], "MISC", "x-evil"))
    article.entities.append(evil)
    q_start, q_end = _span(text, "All is calm.")
    article.quotes.append(Quote(q_start, q_end, "All is calm.", True,
                                speaker_name="\"><script>alert(7)</script>",
                                speaker_text="Rolf Ekdahl"))
    return article


def build_archive(path: Path, samples: Path) -> Path:
    with Archive(str(path)) as archive:
        report = archive.ingest([str(samples)])
        assert report.added, report.failures
        for article in [*fixture_articles(), hostile_article()]:
            archive.store.put_article(article)
    return path


def copy_archive(source: Path, target: Path) -> Path:
    """A consistent copy (SQLite's backup API), so one test session may write to it."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture(scope="session", name="built_archive")
def built_archive_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once per test run (ingesting runs every analysis stage), shared read-only."""
    from tests.conftest import SAMPLES

    return build_archive(tmp_path_factory.mktemp("served") / "archive.db", SAMPLES)
