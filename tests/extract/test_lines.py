"""The calibrated line model of plain-text extraction."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from dragoman.extract.lines import FEATURES, body_probability, load_model, page_features, site_lines
from dragoman.extract.plaintext import extract_plaintext

PAGE = (Path(__file__).parent / "pages" / "ru_flattened.txt").read_text(encoding="utf-8")
PROMO = "Наша редакция работает для вас круглосуточно, присылайте свои новости через сайт."


def test_shipped_model_matches_the_features_and_records_its_calibration() -> None:
    data = json.loads(resources.files("dragoman.extract").joinpath("line_model.json").read_text())
    assert data["features"] == list(FEATURES)
    assert "Fundus" in data["_comment"]
    assert 0 < data["held_out_by_site"]["f1"] <= 1
    assert 0 < load_model().threshold < 1


def test_running_text_scores_above_menus_and_bylines() -> None:
    lines = [
        "Главная Город Экономика Спорт Культура",
        "Жители просили также установить больше скамеек и питьевых фонтанчиков, и власти обещали.",
        "Реклама",
    ]
    menu, body, ad = (body_probability(f) for f in page_features(lines))
    threshold = load_model().threshold
    assert body >= threshold > max(menu, ad)


def test_lines_repeated_across_pages_of_a_site_are_chrome() -> None:
    other = "Другая статья.\n\n" + PROMO + "\n\n© 2024 Самарские новости"
    page = PAGE.replace("Поделиться", PROMO)
    seen = site_lines([page, other])
    assert PROMO in seen and "Другая статья." not in seen
    assert PROMO in extract_plaintext(page).text  # alone, it reads like a sentence
    assert PROMO not in extract_plaintext(page, site_lines=seen).text


def test_extract_site_uses_the_lines_pages_of_one_site_share() -> None:
    from dragoman.extract import extract_page, extract_site
    from dragoman.model import Article, RawPage

    first = PAGE.replace("Поделиться", PROMO)
    second = (
        "Городской парк откроется после реконструкции — Самарские новости\n\n"
        "Парк на берегу Волги откроется в субботу после двухлетней реконструкции, сообщили в мэрии.\n\n"
        "В парке появились новые дорожки, детские площадки и летняя сцена для концертов.\n\n"
        + PROMO + "\n"
    )
    pages = [RawPage("a.txt", first, url="https://samara.example/a"),
             RawPage("b.txt", second, url="https://samara.example/b")]
    assert PROMO in extract_page(pages[0]).text
    out = extract_site(pages)
    assert all(isinstance(a, Article) for a in out)
    assert all(PROMO not in a.text for a in out if isinstance(a, Article))
