"""Printing archive content to a terminal: control characters made visible.

Every command that prints what pages wrote (titles, snippets, names, quotations,
failure reasons, file names) prints through ``echo``, so no page can send escape
sequences to the user's terminal or reorder a line with bidi controls
(``dragoman.controls.escape_controls``: ``\\u001b``, ``\\u202e``; the same
characters inside JSON strings). Raw data exports (``export``) are not escaped.
"""

from __future__ import annotations

import click

from dragoman.controls import escape_controls


def echo(message: object = "", err: bool = False, nl: bool = True, mark: str = "") -> None:
    """``message`` with control characters escaped; ``mark``: a layout mark the program
    puts before it (the right-to-left mark before an Arabic title), not escaped."""
    click.echo(mark + escape_controls(str(message)), err=err, nl=nl)
