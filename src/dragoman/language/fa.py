"""Persian (Farsi) pack: Arabic script, no capitals, verb-final (SOV), « » quotation marks.

Dates: Iranian news writes Solar Hijri dates ("۱۵ مهر ۱۴۰۳"); ``months`` holds the
Gregorian month names as Persian writes them (ژانویه … دسامبر), ``calendar_months`` the
Solar Hijri ones, which ``solar_hijri_to_gregorian`` converts (the arithmetic of the
jalaali algorithm: 33-year cycles between the break years below, exact for 1178-3177 SH).
Written for this project from Persian news style; no NER model yet.
"""

from datetime import date, timedelta

from dragoman.language.rules import LanguageRules
from dragoman.language.scripts import ARABIC

# Solar Hijri years where the leap-year cycle restarts (from the jalaali algorithm of
# Kazimierz Borkowski, as published with jalaali-js); the last one bounds the table.
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
           2262, 2324, 2394, 2456, 3178)


def _new_year(year: int) -> date:
    """The Gregorian date of 1 Farvardin of Solar Hijri ``year``."""
    if not _BREAKS[0] <= year < _BREAKS[-1]:
        raise ValueError(f"Solar Hijri year {year} outside the algorithm's range")
    leap_j, before, jump = -14, _BREAKS[0], 0
    for brk in _BREAKS[1:]:
        jump = brk - before
        if year < brk:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        before = brk
    n = year - before
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return date(gy, 3, 1) + timedelta(days=19 + leap_j - leap_g)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Solar Hijri (Iranian) date -> Gregorian date; ValueError for a day that does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no day {day} in Solar Hijri month {month}")
    offset = (month - 1) * 31 - (month // 7) * (month - 7) + day - 1
    found = _new_year(year) + timedelta(days=offset)
    if found >= _new_year(year + 1):  # 30 Esfand of a common year
        raise ValueError(f"{year} is no leap year")
    return found


# Solar Hijri month names -> month of that calendar (1 = Farvardin, from 20 or 21 March).
SOLAR_HIJRI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip


def _spellings(months: dict[str, int]) -> dict[str, int]:
    """Each month as news writes it: alone, with "ماه" (month) after it (مهرماه, مهر ماه) and
    with the Arabic yeh some sites type for the Persian one."""
    out: dict[str, int] = {}
    for name, number in months.items():
        for form in (name, name.replace("ی", "ي")):
            out.update({form: number, form + "ماه": number, form + " ماه": number,
                        form + "\u200cماه": number})
    return out


RULES = LanguageRules(
    code="fa",
    script=ARABIC,
    # The conjunction written apart from the next name ("بوتين و بايدن"); glued, it is
    # read by entities/splitting.py.
    list_conjunctions=("و",),
    # Persian yeh and kaf match their Arabic forms; the zero-width non-joiner inside words
    # (می‌گوید, رئیس‌جمهور) is dropped, since writers use it, a space or nothing.
    letter_folds={"ی": "ي", "ک": "ك", "\u200c": None},
    digits="۰۱۲۳۴۵۶۷۸۹",
    calendar_months=_spellings(SOLAR_HIJRI_MONTHS),
    calendar_to_gregorian=solar_hijri_to_gregorian,
    # ("استاد" professor is left out: in Arabic text the same letters are "stadium").
    titles=("آقای", "خانم", "دکتر", "مهندس", "حجت‌الاسلام", "آیت‌الله", "سردار", "سرلشکر",
            "رئیس‌جمهور", "وزیر"),
    honorifics=("آقای", "خانم", "دکتر"),
    # Entity evidence (entities/nameclass.py; see LanguageRules). Written for this project from
    # Persian news usage: the head opens the name ("وزارت خارجه", "دانشگاه تهران", "خیابان
    # انقلاب"). "پیمان" (also NATO's head, an organisation) is left out.
    group_words=("مسلمانان", "یهودیان", "مسیحیان", "شیعیان", "اهل‌سنت"),
    organisation_heads=("وزارت", "دانشگاه", "حزب", "بانک", "سازمان", "شرکت", "مجلس", "دادگاه",
                        "خبرگزاری", "بنیاد", "انجمن", "ستاد", "سپاه"),
    place_heads=("خیابان", "میدان", "بزرگراه", "فرودگاه", "ورزشگاه", "استان", "جزیره",
                 "دریاچه"),
    document_leads=("قانون", "معاهده", "قرارداد", "منشور"),
    quote_marks=(("«", "»"), ("“", "”")),
    quoted_organisations=True,
    # Gregorian months as Persian writes them (see the module docstring for Solar Hijri).
    months={
        "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5,
        "ژوئن": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10,
        "نوامبر": 11, "دسامبر": 12,
    },
    weekdays=("شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "سه شنبه", "چهارشنبه",
              "پنجشنبه", "پنج‌شنبه", "جمعه"),
    relative_days={"امروز": 0, "دیروز": -1, "امشب": 0, "دیشب": -1},
    chrome_patterns=(
        r"(آگهی|تبلیغات)",
        r"(اشتراک ?گذاری|به اشتراک بگذارید|چاپ|ارسال به دوستان)( (خبر|مطلب))?",
        r"(بیشتر بخوانید|مطالب مرتبط|اخبار مرتبط|پربازدیدترین ?ها)\s*:?.{0,120}",
        r".*(کلیه حقوق|تمامی حقوق).{0,40}(محفوظ|محفوظ است).*",
        r"(برچسب ?ها|کلیدواژه ?ها)\s*:?.*",
        r"(صفحه اصلی|جستجو|منو)",
    ),
    byline_prefixes=("نویسنده:", "نویسنده", "به قلم", "گزارش از", "خبرنگار:"),
    updated_prefixes=("به‌روزرسانی", "بروزرسانی", "آخرین به‌روزرسانی"),
    caption_patterns=(r"(عکس|تصویر)\s*:.*", r".*\((عکس|تصویر) ?(از|:)[^)]{0,40}\)\s*$"),
    meridiem={"صبح": False, "بعدازظهر": True, "بعد از ظهر": True, "عصر": True, "شب": True},
    speech_verbs=(
        "گفت", "گفتند", "می‌گوید", "می گوید", "گفته است", "اظهار کرد", "اظهار داشت",
        "افزود", "افزودند", "تاکید کرد", "تأکید کرد", "تاکید کردند", "اعلام کرد", "اعلام کردند",
        "عنوان کرد", "خاطرنشان کرد", "خاطر نشان کرد", "تصریح کرد", "ادامه داد", "یادآور شد",
        "هشدار داد", "توضیح داد", "نوشت", "پاسخ داد", "مدعی شد", "اضافه کرد",
    ),
    reported_speech_markers=("به گفته", "به نقل از", "به اعتقاد"),
    complementizers=("که",),
    speaker_pronouns=("او", "وی", "ایشان"),
    speaker_roles=(
        "سخنگو", "سخنگوی", "وزیر", "رئیس", "رئیس‌جمهور", "معاون", "نماینده", "مدیر",
        "مدیرعامل", "سفیر", "فرمانده", "دبیرکل", "مشاور", "استاندار", "شهردار", "رهبر",
        "مقام", "منبع", "منابع", "کارشناس", "وزارت", "دولت", "پلیس", "ارتش", "سازمان",
        "دادستان", "قاضی", "آقای", "خانم", "دکتر",
    ),
    # Words after the subject of a verb-final clause: time, place and manner adverbials.
    speaker_stop_words=(
        "در", "روز", "امروز", "دیروز", "امشب", "به", "از", "با", "برای", "درباره", "پس",
        "سپس", "نیز", "هم", "همچنین", "که", "این", "آن", "شنبه", "یکشنبه", "دوشنبه",
        "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "صبح", "عصر", "شب", "هفته", "ماه", "پیش",
    ),
    verb_final=True,
    implicit_subject=True,
    content_blockers=("در", "به", "از", "با"),
    # Group speakers and passive agents (dragoman.quotes.groups; see LanguageRules).
    # "برخی" some, "چند" several, "بسیاری" many ("برخی کارشناسان گفتند"); "خانواده" family,
    # "بستگان" relatives ("خانواده این زندانی گفت": the family speaks; "وکیل" lawyer is left
    # out: every pack's heads are read in all text, and Arabic "وكيل" is also a deputy).
    speaker_quantifiers=("برخی", "چند", "بسیاری"),
    speaker_group_heads=("خانواده", "بستگان"),
)
