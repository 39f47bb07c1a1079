"""Chrome rules never delete a line of running text (original examples)."""

from __future__ import annotations

import pytest

from dragoman.extract.plaintext import extract_plaintext, is_chrome_line


@pytest.mark.parametrize("line", [
    "Supervisor Marta Llewellyn said on Monday that the county would reopen the bridge next week.",
    "Editor in Chief Omar Haddad told staff the newsroom would move to the new building in May.",
    "Copyright lawyers for the three publishers argued that the archive had been copied without consent.",
    "Share prices in the harbour company fell by a fifth after the council rejected its plan.",
    "رئيس التحرير قال إن الصحيفة ستتوقف عن الطباعة الورقية في الشهر المقبل بسبب التكاليف.",
])
def test_running_text_is_never_chrome(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "Editor in Chief: Omar Haddad",
    "Supervisor: Rami Khoury",
    "© 2024 Harbour Media Group Ltd. All Rights Reserved.",
    "Copyright 2024 The Herald. All rights reserved.",
    "Read more",
    "Share this article",
    "Subscribe to our newsletter",
    "Tags: politics, economy",
    "المشرف العام: سامي خوري",
])
def test_chrome_lines_are_still_chrome(line: str) -> None:
    assert is_chrome_line(line)


def test_a_body_paragraph_starting_like_a_masthead_line_is_kept() -> None:
    page = "\n".join([
        "Valley Post",
        "Home | News | Sport",
        "Bridge to reopen after repairs - Valley Post",
        "The old bridge over the river will reopen to cars on Friday after eight months of repairs, "
        "the county said in a statement on Tuesday.",
        "Supervisor Marta Llewellyn said the repairs had cost less than planned and that the footpath "
        "on the north side would open a week later.",
        "Drivers had used a detour through the industrial estate since March, adding twenty minutes "
        "to the journey into town at peak hours.",
        "Editor in Chief: Omar Haddad",
    ])
    text = extract_plaintext(page).text
    assert "Supervisor Marta Llewellyn said the repairs" in text
    assert "Omar Haddad" not in text
