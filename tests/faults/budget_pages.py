"""Generated hostile pages for the budget and fuzz tests (original text, seeded)."""

from __future__ import annotations

import random

_GIVEN = ("Marta", "Jonas", "Elena", "Tomas", "Ingrid", "Pavel", "Lucia", "Omar", "Nadia", "Viktor")
_FAMILY = ("Kovalenko", "Brandt", "Oyelaran", "Marchetti", "Lindqvist", "Haddad", "Novak", "Ferreira")
_ARABIC = ("سمير", "خالد", "ليلى", "منصور", "فاطمة", "حداد", "يوسف", "العمري", "نادر", "رشيد")


def names_page(paragraphs: int, seed: int = 7) -> str:
    """``paragraphs`` short paragraphs, alternately Latin and Arabic, each naming two or
    three people (distinct suffixes make most names new to the linker)."""
    rng = random.Random(seed)
    out = []
    for i in range(paragraphs):
        tag = f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}"
        if i % 2:
            names = [f"{rng.choice(_ARABIC)} {rng.choice(_ARABIC)}" for _ in range(rng.randint(2, 3))]
            out.append("قال " + " و".join(names) + ".")
        else:
            names = [f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}{tag}" for _ in range(rng.randint(1, 2))]
            out.append(f"{rng.choice(_FAMILY)}{tag} met " + " and ".join(names) + ".")
    return "\n\n".join(out)
