"""A server's error messages printed ahead of and inside the markup (original page)."""

from dragoman.extract import extract_page, looks_like_html
from dragoman.extract.diagnostics import drop_server_diagnostics
from dragoman.model import RawPage

_WARNINGS = "".join(
    f"<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated"
    f" in <b>/srv/www/blog/wp-settings.php</b> on line <b>{n}</b><br />\n"
    for n in range(500, 560)
)
_PAGE = _WARNINGS + """<!DOCTYPE html>
<html lang="en"><head><title>Harbour ferry returns after repairs</title></head>
<body><div class="post">
<b>Strict Standards</b>: Non-static method Gallery::get_option() should not be called statically \
in <b>/srv/www/blog/gallery.php</b> on line <b>81</b><br />
<p>The harbour ferry returned to service on Monday after six weeks of repairs to its hull,
the operator said, and the first crossing left on time with forty passengers aboard.</p>
<p>Commuters had used a replacement bus that added half an hour to the trip each way,
and several of them said they were glad to be back on the water before the summer.</p>
</div></body></html>
"""


def test_a_page_opening_with_server_warnings_is_still_html() -> None:
    assert looks_like_html(_PAGE)
    article = extract_page(RawPage("blog.gz", _PAGE, "auto"))
    assert article.extractor.startswith("html")
    assert article.text.startswith("The harbour ferry returned")
    assert "Strict Standards" not in article.text and "on line" not in article.text


def test_plain_log_format_lines_are_dropped_and_prose_kept() -> None:
    text = ("PHP Warning:  include(header.php): Failed to open stream in /var/www/index.php on line 3\n"
            "The council met on line seven of the agenda in the town hall.\n")
    kept = "\nThe council met on line seven of the agenda in the town hall.\n"
    assert drop_server_diagnostics(text) == kept


def test_prose_that_mentions_warnings_is_kept() -> None:
    text = "Warning: the storm will reach the coast tonight, forecasters said in a bulletin.\n"
    assert drop_server_diagnostics(text) == text
    assert not looks_like_html("A plain note about <b>bold</b> text and nothing else.")
