"""A testimonial signed by an outlet the entities stage does not know ("“… works.” 5to9Tech")
in a list of signed quotations speaks for itself, not for the signer above it. Near misses: a
lone quotation followed by page furniture ("Advertisement") or an answer ("Yes.") gets no
such speaker. Original sentences."""

from __future__ import annotations

from tests.support.quoting import quotes_of

_LIST = ("Reviews\n\n“The best upgrade this year, without question.” Maria Jensen, Tech Weekly\n\n"
         "“Setup took minutes and everything just worked.” {sign}\n\nPricing starts at 80 "
         "dollars a year.\n")


def _last_speaker(text: str, people: tuple[str, ...] = ()) -> str | None:
    found = [q for q in quotes_of(text, "en", people=people) if q.direct]
    return found[-1].speaker_text if found else None


def test_an_unknown_outlet_signs_its_testimonial() -> None:
    for sign in ("5to9Tech", "Gadgetorama", "Zorvex Labs"):
        assert _last_speaker(_LIST.format(sign=sign), ("Maria Jensen",)) == sign


def test_page_furniture_after_a_lone_quotation_does_not_speak() -> None:
    for tail in ("Advertisement", "READ MORE", "Yes.", "Then he left."):
        text = (f"The interview went on for an hour.\n\n“Setup took minutes and everything just "
                f"worked.” {tail}\n\nWe left soon after.\n")
        assert _last_speaker(text) != tail.rstrip(".")


def test_a_sentence_after_the_mark_is_no_signature() -> None:
    text = _LIST.format(sign="Then we bought three more")
    assert _last_speaker(text, ("Maria Jensen",)) != "Then we bought three more"
