"""How much of a legacy-encoded page looks like valid UTF-8 (calibrates UTF8_MIN_VALID_SHARE).

Re-encodes the pages of tests/extract/pages, the bundled samples and up to 400 seeds
(../shared/seeds, when present) in legacy charsets and prints, per charset, the largest
share of non-ASCII sequences that are valid UTF-8. Usage: python eval/utf8_share.py
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODECS = ["cp1256", "iso-8859-6", "cp1251", "koi8-r", "latin-1", "cp1252", "gb18030", "big5",
          "shift_jis", "euc-kr", "iso-8859-7", "cp1255", "tis-620"]  # fmt: skip


def valid_share(data: bytes) -> float:
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return valid / max(1, valid + broken)


def main() -> None:
    files = [*sorted((ROOT / "tests/extract/pages").glob("*")),
             *sorted((ROOT / "src/dragoman/data/samples").rglob("*.*")),
             *sorted((ROOT.parent / "shared/seeds").glob("*.txt"))[:400]]  # fmt: skip
    worst: dict[str, tuple[float, str]] = {c: (0.0, "-") for c in CODECS}
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for codec in CODECS:
            data = text.encode(codec, errors="replace")
            if not data.isascii() and valid_share(data) > worst[codec][0]:
                worst[codec] = (valid_share(data), path.name)
    print(f"{len(files)} pages")
    for codec, (share, name) in worst.items():
        print(f"{codec:<11} max valid-UTF-8 share {share:6.1%}  ({name})")


if __name__ == "__main__":
    main()
