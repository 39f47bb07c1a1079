"""Byline cleaning: names of people or agencies only, split, none when a page names none."""

from __future__ import annotations

import pytest

from dragoman.extract.bylines import clean_authors


@pytest.mark.parametrize(
    ("values", "site", "url", "want"),
    [
        (["By Dana Whitfield, Staff Writer"], None, None, ["Dana Whitfield"]),
        (["Dana Whitfield | @dana_w | 2 min read"], None, None, ["Dana Whitfield"]),
        (["Tomas Berg 12 March 2024 4 min read"], None, None, ["Tomas Berg"]),
        (["By Lena Ortiz and Sam Okafor"], None, None, ["Lena Ortiz", "Sam Okafor"]),
        (["Von Jana Kraus und Piet Hollander"], None, None, ["Jana Kraus", "Piet Hollander"]),
        (["Lena Ortiz for The Evening Lantern"], None, None, ["Lena Ortiz"]),
        (["Ruth Mbeki, Chief Political Correspondent"], None, None, ["Ruth Mbeki"]),
        (["HANNA LIND"], None, None, ["Hanna Lind"]),
        (["Dr. Ilse Varga"], None, None, ["Ilse Varga"]),
        (["Perry Ashdown Jr."], None, None, ["Perry Ashdown Jr."]),
        (["Olga Petrova olga@lantern.example"], None, None, ["Olga Petrova"]),
        (["Karl Auer - https://karlauer.example"], None, None, ["Karl Auer"]),
        (["Mara SennMara Senn has covered the valley's farms for twenty years and lives in the hills."],
         None, None, ["Mara Senn"]),
        (['{ "@type":"Person", "name":"Ada Ferro" }'], None, None, ["Ada Ferro"]),
        (["Reuters"], "Reuters", None, ["Reuters"]),
        (["det/dpa"], None, None, ["dpa"]),
        (["THE ASSOCIATED PRESS"], None, None, ["The Associated Press"]),
        (["Jonas Falk, London, Mira Holt"], None, None, ["Jonas Falk", "Mira Holt"]),
        (["Dana Whitfield", "dana whitfield"], None, None, ["Dana Whitfield"]),
        (["سلمى العبيدي"], None, None, ["سلمى العبيدي"]),
        (["Анна Белова"], None, None, ["Анна Белова"]),
        # Nobody named: the site, a CMS account, a handle, a desk, an organisation, a slogan ...
        (["Evening Lantern"], "The Evening Lantern", None, []),
        (["lantern.example"], None, "https://lantern.example/a", []),
        (["Lantern"], None, "https://www.lantern.example/a", []),
        (["admin"], None, None, []),
        (["publisher"], None, None, []),
        (["mh"], None, None, []),
        (["j.doe"], None, None, []),
        (["@LanternNews"], None, None, []),
        (["192.168.10.24"], None, None, []),
        (["https://lantern.example/img/logo.png"], None, None, []),
        (["News you can trust since 1901"], None, None, []),
        (["Staff and news service reports"], None, None, []),
        (["Lantern Sports Desk"], None, None, []),
        (["Harbour Media Group GmbH"], None, None, []),
        (["Unknown"], None, None, []),
        (["The Evening Lantern"], None, None, []),
        ([], None, None, []),
    ],
)
def test_clean_authors(values: list[str], site: str | None, url: str | None, want: list[str]) -> None:
    assert clean_authors(values, site, url) == want


def test_a_person_named_like_their_own_site_keeps_the_byline() -> None:
    assert clean_authors(["Mara Senn"], None, "https://marasenn.example/blog/post") == ["Mara Senn"]
