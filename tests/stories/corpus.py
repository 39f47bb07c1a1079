"""Original short news texts for the story tests (written for this project)."""

from __future__ import annotations

from dragoman.model import Article

# (key, event, language, date, title, text)
TEXTS: list[tuple[str, str, str, str, str, str]] = [
    ("flood-en", "flood", "en", "2025-03-03", "Storm floods the port of Valencia",
     "A violent storm flooded the port of Valencia on Monday, halting container traffic and "
     "forcing the evacuation of dock workers. The regional government said two ships broke "
     "their moorings and that water reached one metre in the warehouses. Emergency services "
     "pumped water through the night and the port authority expects to reopen on Wednesday."),
    ("flood-ar", "flood", "ar", "2025-03-03", "عاصفة تغرق ميناء فالنسيا",
     "أغرقت عاصفة عنيفة ميناء فالنسيا يوم الاثنين، ما أوقف حركة الحاويات وأجبر السلطات على "
     "إجلاء عمال الرصيف. وقالت الحكومة الإقليمية إن سفينتين انقطعت حبال رسوهما وإن المياه بلغت "
     "مترا واحدا في المستودعات. وضخت فرق الطوارئ المياه طوال الليل وتتوقع سلطة الميناء إعادة "
     "فتحه يوم الأربعاء."),
    ("flood-fr", "flood", "fr", "2025-03-04", "Une tempête inonde le port de Valence",
     "Une violente tempête a inondé le port de Valence lundi, paralysant le trafic des conteneurs "
     "et obligeant à évacuer les dockers. Le gouvernement régional a indiqué que deux navires ont "
     "rompu leurs amarres et que l'eau a atteint un mètre dans les entrepôts. Les secours ont "
     "pompé l'eau toute la nuit et le port devrait rouvrir mercredi."),
    ("rates-en", "rates", "en", "2025-03-04", "Kenya's central bank cuts its key interest rate",
     "The Central Bank of Kenya lowered its benchmark lending rate by half a percentage point on "
     "Tuesday, citing slowing inflation and weak credit growth. Governor Kamau Thugge told "
     "reporters in Nairobi that the bank would watch the shilling closely. Economists had "
     "expected a smaller cut."),
    ("rates-ar", "rates", "ar", "2025-03-04", "البنك المركزي الكيني يخفض سعر الفائدة الرئيسي",
     "خفض البنك المركزي الكيني سعر الإقراض القياسي بنصف نقطة مئوية يوم الثلاثاء، مشيرا إلى "
     "تباطؤ التضخم وضعف نمو الائتمان. وقال المحافظ كاماو ثوجي للصحفيين في نيروبي إن البنك "
     "سيراقب الشلن عن كثب. وكان الاقتصاديون يتوقعون خفضا أصغر."),
    ("chess-en", "chess", "en", "2025-03-03", "Young grandmaster wins the Oslo open",
     "A nineteen-year-old grandmaster won the Oslo chess open on Sunday after a tense final "
     "round that lasted more than six hours. She sacrificed a rook in the endgame and forced "
     "resignation with a quiet pawn move that commentators called the move of the tournament."),
]


def articles() -> list[Article]:
    return [Article(id=f"test-{key}", source=f"test:{key}", text=text, title=title,
                    language=lang, language_score=1.0, published=day)
            for key, _, lang, day, title, text in TEXTS]


def events() -> dict[str, str]:
    return {f"test-{key}": event for key, event, *_ in TEXTS}
