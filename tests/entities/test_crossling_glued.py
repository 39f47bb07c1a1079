"""Knowledge-base names inside Arabic text whose spaces were lost (``entities/gluedspot.py``)
and words run together cut off a mention (``arabicword.final_letter_inside``). Original
sentences."""

from __future__ import annotations

from dragoman.entities.arabicword import final_letter_inside, name_words_end
from dragoman.entities.gluedspot import (
    _index,
    glued_token,
    glued_tokens,
    names_in_token,
    one_derived_word,
)
from dragoman.entities.kb import load_kb
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory


def _names(token: str) -> list[str]:
    index, longest = _index(load_kb())
    return [entity_id for _, _, entity_id in names_in_token(token, index, longest)]


def test_a_letter_written_only_at_a_words_end_inside_a_token_is_a_lost_space() -> None:
    assert final_letter_inside("مدرسةالبنات")
    assert final_letter_inside("إلىبيروت")
    assert not final_letter_inside("مصطفى")  # at the end, where it belongs
    assert not final_letter_inside("الجامعة،")
    assert not final_letter_inside("بالمدرسة")


def test_glued_tokens_need_a_second_one_near() -> None:
    spaced = ["زار", "الوفد", "ماساتشوستس", "ثم", "عاد", "إلى", "المدينة"]
    assert not any(glued_tokens(spaced))
    one = ["وصل", "الوزير", "أمسإلىالعاصمة", "بعد", "رحلة", "طويلة"]
    assert glued_token(one[2]) and not any(glued_tokens(one))  # one glued token alone
    two = ["وصل", "الوزير", "أمسإلىالعاصمة", "وعقداجتماعاتمعالمسؤولين", "هناك"]
    assert all(glued_tokens(two))


def test_country_and_council_names_are_found_inside_glued_words() -> None:
    assert _names("ناقشوزيرالخارجيةمعروسياوالصينملفالطاقة") == ["country-RU", "country-CN"]
    assert "un-security-council" in _names("وطالبمجلسالأمنبوقفالقتال")


def test_a_nisba_adjective_is_no_mention_of_its_country() -> None:
    assert "country-CN" not in _names("يدرسالطلاباللغةالصينيةفيالمساء")
    assert "country-RU" not in _names("وصلالوفدالروسيأمس")


def test_a_short_city_name_is_not_found_across_a_word_boundary() -> None:
    # موعد + الاستيقاظ holds the letters of Dallas (دالاس): a city needs a longer name
    assert _names("حددواموعدالاستيقاظمبكرا") == []


def test_a_whole_token_is_left_to_the_ordinary_scan() -> None:
    assert _names("روسيا") == []


def test_the_linker_links_names_in_a_glued_passage_and_not_elsewhere() -> None:
    linker = Linker(memory=Memory())
    glued = ("قال المتحدث إنالحكومةرحبتبزيارةوفدمنروسيا وأكدأنالعلاقاتمعالصينجيدة "
             "وأضاف أن المحادثات ستستمر.")
    out, _ = linker.link(glued, [], language="ar")
    found = {m.entity_id for m in out}
    assert {"country-RU", "country-CN"} <= found
    for m in out:
        assert glued[m.start : m.end] == m.text
    spaced = "قال المتحدث إن الحكومة تدرس اللغة الصينية وتاريخها منذ سنوات طويلة."
    out, _ = linker.link(spaced, [], language="ar")
    assert "country-CN" not in {m.entity_id for m in out if m.reason == "kb-detected"}


def test_a_name_ends_before_a_glued_word() -> None:
    text = "سامي حداد إلىبيروت"
    assert text[: name_words_end(text)] == "سامي حداد"
    assert name_words_end("سامي حداد") == len("سامي حداد")
    assert name_words_end("إلىصنداي تايمز") == 0


def test_long_derived_words_with_their_proclitics_are_no_glued_tokens() -> None:
    for word in ("والاستثماريين", "الاستشراقيات", "والبيروقراطية", "والتكنولوجيات"):
        assert one_derived_word(word) and not glued_token(word), word
    for word in ("الوفدالسوداني", "والمغربستستضيف", "وصلالوزيرإلىالمطار"):
        assert glued_token(word), word


def test_a_name_inside_an_everyday_word_of_a_glued_token_is_not_found() -> None:
    assert "country-IN" not in _names("افتتحالوزيرمعهدالهندسةالنووية")  # engineering
    assert "country-EG" not in _names("استقالمديرالقطاعالمصرفيأمس")  # banking
    assert "country-EG" not in _names("رفضتالنقابةالتصاريحالمصرحبها")  # authorised
    assert "city-riyadh" not in _names("شاركالتلاميذفيالرياضةالصباحية")  # sport
    assert "country-IQ" not in _names("تحدثالكاتبعنالعراقةالتاريخية")  # ancientness


def test_a_name_going_on_with_a_plural_ending_is_not_found() -> None:
    assert "country-QA" not in _names("جمعالباحثونالقطرات")  # drops
    assert "country-QA" not in _names("تساقطتالقطراتالباردةليلا")  # ... before an article
    assert _names("وصلالوفدإلىالمغربواليابان") == ["country-MA", "country-JP"]  # near miss


def test_only_glued_tokens_of_a_passage_are_searched() -> None:
    linker = Linker(memory=Memory())
    text = ("قالالمسؤولإنالحكومةستحارب البيروقراطية والهندسة الزائدة "
            "بعدالانتخاباتالمقبلة في الرياضة والمصارف.")
    out, _ = linker.link(text, [], language="ar")
    found = {m.entity_id for m in out}
    assert not found & {"country-PE", "country-IN", "city-riyadh", "country-EG"}
    spaced = ("ناقشت الندوة والاستثماريين والتكنولوجيات الحديثة في كلية الهندسة وأثر "
              "البيروقراطية على الرياضة.")
    out, _ = linker.link(spaced, [], language="ar")
    found = {m.entity_id for m in out}
    assert not found & {"country-PE", "country-IN", "city-riyadh"}
    glued = "وقعتالأردنوالمغرب اتفاقية لتنظيم التجارةالبحرية بين البلدين."
    out, _ = linker.link(glued, [], language="ar")
    assert "country-MA" in {m.entity_id for m in out}  # a name in a glued token still is
