"""Bytes of one page → text: BOMs, UTF-16/32, mostly-valid UTF-8, declared and detected charsets.

The order: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); BOM-less UTF-16
is recognised by its NUL bytes on alternate positions; a real share of control bytes means
binary; stray NULs are removed; UTF-8 is taken when it is valid or overwhelmingly valid
(the few broken sequences become U+FFFD); else the charset an HTML page declares; else
charset-normalizer's detection.
"""

from __future__ import annotations

import codecs
import re

from dragoman.errors import InputError

# Share of control bytes (C0 except tab, newline, carriage return, and NUL included)
# in the first SAMPLE_BYTES above which a file is binary. Text and HTML have none or a
# handful; random or compressed data has 29/256 = 11 %, images and executables more.
BINARY_CONTROL_SHARE = 0.10
# NULs above this share of the sample mean binary even when the rest would decode.
# A stray NUL or two (a broken CMS, a padded download) is far below it; BOM-less
# UTF-16 is recognised before this test (it has NULs on half of its ASCII positions).
STRAY_NUL_MAX_SHARE = 0.01
# A page that is not valid UTF-8 is still decoded as UTF-8 (broken sequences replaced)
# when at least this share of its non-ASCII sequences is valid UTF-8. Legacy encodings
# rarely form valid sequences: the 20 pages of tests/extract, the bundled samples and
# the seeds re-encoded in 13 legacy charsets reach at most 4 % with 8-bit code pages and
# 36 % with GB18030/EUC-KR (python eval/utf8_share.py); real UTF-8 with a few broken
# bytes is above 99.5 % once it has a few hundred non-ASCII characters.
UTF8_MIN_VALID_SHARE = 0.995
# In BOM-less UTF-16, NULs fill at least this share of the high-byte positions (ASCII
# markup, spaces and digits there are NUL) and the other positions have almost none.
UTF16_MIN_NUL_SHARE = 0.10
UTF16_MAX_OTHER_NUL_SHARE = 0.01
# charset-normalizer's "chaos" score above which its guess is not trusted.
MAX_DETECTION_CHAOS = 0.3
SAMPLE_BYTES = 8192

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_CONTROL = bytes(sorted(set(range(0, 9)) | {11, 12} | set(range(14, 32))))
# Longest BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes, source: str) -> str:
    """The text of one page; InputError naming ``source`` when it is empty, binary or undecodable."""
    text = _unicode_by_bom(data, source)
    if text is None:
        text = _utf16_without_bom(data[:SAMPLE_BYTES], data)
    if text is None:
        text = _decode_8bit(data, source)
    if "\x00" in text:  # stray NUL characters (UTF-16/32 text may hold them too): dropped
        text = text.replace("\x00", "")
    if not text.strip():
        raise InputError(source, "empty file")
    return text


def _unicode_by_bom(data: bytes, source: str) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {codec.upper()} data at byte {exc.start + len(bom)} "
                                         "after a byte-order mark") from exc  # fmt: skip
    return None


def _utf16_without_bom(sample: bytes, data: bytes) -> str | None:
    """UTF-16 recognised by NULs on one parity of positions only; None when not UTF-16."""
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd >= UTF16_MIN_NUL_SHARE and even <= UTF16_MAX_OTHER_NUL_SHARE:
        codec = "utf-16-le"
    elif even >= UTF16_MIN_NUL_SHARE and odd <= UTF16_MAX_OTHER_NUL_SHARE:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None  # unpaired surrogates: not UTF-16 after all
    sample_text = text[:SAMPLE_BYTES]
    controls = sum(1 for ch in sample_text if ch < " " and ch not in "\t\n\r")
    return text if controls <= BINARY_CONTROL_SHARE * len(sample_text) else None


def _decode_8bit(data: bytes, source: str) -> str:
    sample = data[:SAMPLE_BYTES]
    if not sample.strip():
        raise InputError(source, "empty file")
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if controls > BINARY_CONTROL_SHARE * len(sample) or sample.count(0) > STRAY_NUL_MAX_SHARE * len(sample):
        raise InputError(source, "binary file (not text or HTML)")
    had_nul = b"\x00" in data
    if had_nul:
        data = data.replace(b"\x00", b"")  # stray NULs: dropped
    text = _mostly_utf8(data)
    if text is not None:
        return text
    if had_nul:  # NULs in a file that is not UTF-8: binary, not a page with a stray NUL
        raise InputError(source, "binary file (NUL bytes in data that is not UTF-8)")
    return _legacy(data, source)


def _mostly_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid = non_ascii - broken
    return text if valid >= UTF8_MIN_VALID_SHARE * (valid + broken) else None


def _legacy(data: bytes, source: str) -> str:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # declared wrongly: fall through to detection
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_DETECTION_CHAOS:
        raise InputError(source, "undecodable bytes (not UTF-8 and no reliable encoding found)")
    return str(best)


def is_wide_unicode(sample: bytes) -> bool:
    """True when ``sample`` starts UTF-16 or UTF-32 text (a BOM, or UTF-16's NUL pattern)."""
    if sample.startswith(codecs.BOM_UTF8):
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return True
    return _utf16_without_bom(sample, sample) is not None
