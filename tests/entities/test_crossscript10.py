"""Cross-script identity, round 10: Latin acronyms spelled out in Arabic letters where NER cut
or widened the span (``entities/spelledrun.py``), a given name NER cut off its surname
(``contextspot.first_name_of_next``). Original sentences."""

from __future__ import annotations

from dragoman.entities.contextspot import first_name_of_next
from dragoman.entities.linkdoc import Doc, corroborated
from dragoman.entities.memory import Memory
from dragoman.entities.spelledrun import respell
from dragoman.model import Mention

KNOWN = {"ITV": "x-itv", "BBC": "bbc", "AFP": "afp", "CNN": "cnn", "HBO": "x-hbo"}


def _lookup(name: str, label: str) -> str | None:
    return KNOWN.get(name)


def _mention(text: str, span: str, label: str = "ORG") -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), span, label)  # type: ignore[arg-type]


def test_run_cut_before_its_last_letter_is_completed() -> None:
    text = "وقّعت المذيعة عقدًا جديدًا مع قناة أي تي في هذا الأسبوع."
    mention = _mention(text, "أي تي", "PER")
    assert respell(text, mention, _lookup)
    assert (mention.text, mention.entity_id) == ("أي تي في", "x-itv")
    assert text[mention.start : mention.end] == mention.text


def test_glued_and_is_read_off_the_first_letter() -> None:
    text = "انتقلت إلى شبكة سكاي وأي تي في بعد عامين."
    mention = _mention(text, "وأي تي")
    assert respell(text, mention, _lookup)
    assert (mention.text, mention.entity_id) == ("أي تي في", "x-itv")


def test_words_around_the_letters_are_left_out() -> None:
    text = "ظهر الممثل في برنامج بي بي سي الشهير مساء السبت."
    mention = _mention(text, "برنامج بي بي سي الشهير")
    assert respell(text, mention, _lookup)
    assert (mention.text, mention.entity_id) == ("بي بي سي", "bbc")


def test_a_trailing_in_is_dropped_only_when_the_longer_run_names_nothing() -> None:
    text = "قال مراسل شبكة سي إن إن في القاهرة إن الوضع هادئ."
    mention = _mention(text, "سي إن إن في")
    assert respell(text, mention, _lookup)
    assert (mention.text, mention.entity_id) == ("سي إن إن", "cnn")


def test_the_tail_of_a_longer_run_is_never_another_acronym() -> None:
    # WAFB spelled out ends with the letters of AFP: a different station, not the agency
    text = "أفادت محطة دبليو إيه أف بي المحلية بأن الشرطة أغلقت الطريق."
    mention = _mention(text, "إيه أف بي")
    assert not respell(text, mention, _lookup)
    assert mention.entity_id is None and mention.text == "إيه أف بي"


def test_one_letter_word_in_a_persons_name_is_no_acronym() -> None:
    # دي (D) opens the surname; one letter name is no run, and the name is left to NER
    text = "التقى دي ميستورا بالوفدين في جنيف."
    mention = _mention(text, "دي ميستورا", "PER")
    assert not respell(text, mention, lambda name, label: {"D": "x-d", "DM": "x-dm"}.get(name))
    assert mention.entity_id is None


def test_an_unknown_acronym_links_nothing() -> None:
    text = "اندلعت أعمال شغب في سجن إتش أم بي القريب من المدينة."
    mention = _mention(text, "إتش أم بي")
    assert not respell(text, mention, _lookup)
    assert mention.entity_id is None


# -- a given name NER cut off the surname after it (``contextspot.first_name_of_next``) ------

def _doc(text: str, first: str, surname: str, surname_id: str | None) -> tuple[Doc, Mention]:
    doc = Doc(text, "ar", None, True, occupied=bytearray(len(text)))
    given = _mention(text, first, "LOC")
    doc.add(given)
    start = text.index(surname, given.end)
    doc.add(Mention(start, start + len(surname), surname, "PER", surname_id))
    return doc, given


def _people(*names: str, label: str = "PER") -> Memory:
    memory = Memory()
    for name in names:
        memory.remember(f"x-{name.split()[0].lower()}", label, name, name, "en")
    return memory


def _nobody(text: str) -> str | None:
    return None


def test_given_name_before_a_learned_surname_is_that_person() -> None:
    memory = _people("Craig Halkett", "Dean Porter")
    doc, given = _doc("سجّل المدافع كريج هالكيت هدفًا في الدقيقة الأخيرة.", "كريج", "هالكيت", "x-craig")
    assert first_name_of_next(memory, doc, given, _nobody) == "x-craig"


def test_surname_not_linked_yet_is_looked_up() -> None:
    memory = _people("Craig Halkett")
    doc, given = _doc("سجّل المدافع كريج هالكيت هدفًا.", "كريج", "هالكيت", None)
    assert first_name_of_next(memory, doc, given, lambda text: "x-craig") == "x-craig"


def test_other_vowels_make_another_first_name() -> None:
    # Dan is not Dean, John is not Jane: the consonants agree, the vowels Arabic writes do not
    memory = _people("Dean Porter", "Jane Hollis")
    doc, given = _doc("قال دان بورتر إن الفريق جاهز.", "دان", "بورتر", "x-dean")
    assert first_name_of_next(memory, doc, given, _nobody) is None
    doc, given = _doc("وصل جون هوليس إلى المطار.", "جون", "هوليس", "x-jane")
    assert first_name_of_next(memory, doc, given, _nobody) is None


def test_only_right_before_a_person() -> None:
    memory = _people("Craig Halkett")
    doc, given = _doc("التقى كريج، هالكيت لاحقًا.", "كريج", "هالكيت", "x-craig")
    assert first_name_of_next(memory, doc, given, _nobody) is None  # not one space on
    firms = _people("Kent Holdings", label="ORG")
    doc, given = _doc("اشترت كينت هولدينغز الأسهم.", "كينت", "هولدينغز", "x-kent")
    assert first_name_of_next(firms, doc, given, _nobody) is None  # a firm has no first name


# -- a name left in Latin letters by an Arabic text (``linkdoc.corroborated``) ----------------

def test_latin_title_in_an_arabic_text_founds_no_entity() -> None:
    text = 'غنّى في الحفل أغنيته"Paper Lanterns"وسط تصفيق الجمهور.'
    doc = Doc(text, "ar", None, True, occupied=bytearray(len(text)))
    assert not corroborated(doc, "Paper Lanterns", _mention(text, "Paper Lanterns"))
    english = "He sang Paper Lanterns to a cheering crowd."
    doc = Doc(english, "en", None, True, occupied=bytearray(len(english)))
    assert corroborated(doc, "Paper Lanterns", _mention(english, "Paper Lanterns"))
