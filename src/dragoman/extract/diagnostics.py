"""Error messages a web server printed into the page before or inside its markup.

Old PHP sites often print their diagnostics ahead of ``<!DOCTYPE html>`` and between
paragraphs ("<b>Deprecated</b>: … in <b>/www/…/wp-settings.php</b> on line <b>520</b>").
They are no part of the article, and a page that opens with them does not look like
HTML to the sniffer, so they are dropped before a page is sniffed and extracted.
"""

from __future__ import annotations

import re

# PHP's message format, with ``html_errors`` on (<b> tags, <br />) or off, and the
# "PHP " prefix of its log format. Each part is bounded and single-line.
_PHP_DIAGNOSTIC = re.compile(
    r"(?:<br\s*/?>[ \t]*\r?\n?[ \t]*)?(?:<b>)?(?:PHP )?"
    r"(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|"
    r"Catchable fatal error|Recoverable fatal error|User (?:Warning|Notice|Deprecated))"
    r"(?:</b>)?:[ \t]+[^\n]{1,2000}? in (?:<b>)?/[^\n<]{1,500}?(?:</b>)? "
    r"on line (?:<b>)?\d{1,7}(?:</b>)?(?:[ \t]*<br\s*/?>)?"
)


def drop_server_diagnostics(content: str) -> str:
    """``content`` without the server's error messages (PHP's standard format)."""
    if "on line" not in content:
        return content
    return _PHP_DIAGNOSTIC.sub("", content)
