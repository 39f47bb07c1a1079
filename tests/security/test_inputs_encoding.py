"""Encodings a hostile or broken page may use: BOMs, UTF-16/32, broken UTF-8, stray NULs."""

from __future__ import annotations

import codecs
import os

import pytest

from dragoman.errors import InputError
from dragoman.sources import decode_bytes

ARABIC = "أعلنت وزارة النقل افتتاح الطريق الساحلي الجديد بعد ثلاث سنوات من العمل المتواصل."
RUSSIAN = "Городской совет утвердил план ремонта набережной, работы начнутся весной."
PAGE = (
    f"<html><head><title>Coast road</title></head><body><p>{ARABIC}</p>"
    f"<p>{RUSSIAN}</p><p>The new coast road opened on Friday.</p></body></html>"
) * 3


@pytest.mark.parametrize("codec,bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-8", codecs.BOM_UTF8),
])  # fmt: skip
def test_byte_order_marks_decide_the_encoding(codec: str, bom: bytes) -> None:
    assert decode_bytes(bom + PAGE.encode(codec), "page.html") == PAGE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [PAGE, f"{ARABIC}\n\n{ARABIC}\n", f"{RUSSIAN}\n{RUSSIAN}\n"])
def test_utf16_without_bom_is_recognised(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec), "page") == text


def test_a_few_broken_bytes_do_not_send_a_utf8_page_to_charset_detection() -> None:
    data = bytearray(PAGE.encode("utf-8") * 4)
    for at in (200, 900, 2500):  # a stray Latin-1 byte, a cut sequence, a lone continuation byte
        data[at:at] = (b"\xe9", b"\xd8", b"\x80")[at % 3]
    text = decode_bytes(bytes(data), "broken.html")
    assert ARABIC in text and RUSSIAN in text
    assert 1 <= text.count("\ufffd") <= 6  # an inserted byte may break the sequence it lands in


def test_legacy_arabic_page_still_goes_to_its_declared_charset() -> None:
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC}</p></body></html>'
    assert ARABIC in decode_bytes(page.encode("cp1256"), "legacy.html")


def test_stray_nul_bytes_are_removed_not_a_reason_to_refuse() -> None:
    data = PAGE.encode("utf-8")
    data = data[:50] + b"\x00" + data[50:400] + b"\x00\x00" + data[400:]
    text = decode_bytes(data, "nul.html")
    assert "\x00" not in text and text == PAGE


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 10,  # every byte value
    b"\x89PNG\r\n\x1a\n" + bytes(200) + os.urandom(4000),  # an image header and data
    os.urandom(8000),
    b"<p>text</p>" + bytes(400) + b"<p>more</p>" * 20,  # NULs a real share of the page
])  # fmt: skip
def test_binary_data_is_still_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"bin\.html: binary file|bin\.html: undecodable"):
        decode_bytes(data, "bin.html")


def test_invalid_bytes_after_a_bom_name_the_input() -> None:
    with pytest.raises(InputError, match=r"odd\.txt: invalid UTF-16-LE data"):
        decode_bytes(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xdc", "odd.txt")
