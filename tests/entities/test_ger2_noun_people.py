"""German laws, job titles, plural nouns and versioned products the tagger types as people
(``entities/germannounpeople``); sentences written for these tests."""

from dragoman.entities import germanarticle
from dragoman.entities.germannounpeople import (
    compound_tail,
    english_job,
    law,
    plural_use,
    refine,
    title_compound,
)
from dragoman.model import EntityType, Mention


def _mention(text: str, word: str, label: EntityType = "PER", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start=start, end=start + len(word), text=word, label=label)


def _never_titled(word: str) -> bool:
    return False


def _spans(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in mentions]


def test_laws_by_head_and_abbreviation() -> None:
    for name in ("Infektionsschutzgesetz", "Moore’sche Satiregesetz", "NetzDG", "IfSG", "StGB",
                 "StPO", "Datenschutz-Grundverordnung", "Heizungsgesetzes"):
        assert law(name), name
    for name in ("Zimmermann", "BGH", "VDG", "LinkedIn", "Feuerstein", "Gesetzgebung", "Anna Berg"):
        assert not law(name), name


def test_law_typed_misc() -> None:
    text = "Nach dem NetzDG müssen Plattformen schneller löschen."
    assert _spans(refine(text, [_mention(text, "NetzDG")], _never_titled)) == [("NetzDG", "MISC")]


def test_title_compounds_not_surnames() -> None:
    for word in ("Pressesprecherin", "Bundespräsidenten", "Wien-Landesgeschäftsführerin",
                 "Oberbürgermeisterin", "Brancheninsider", "Richterin"):
        assert title_compound(word), word
    for word in ("Zimmermann", "Feuerstein", "Wagenknecht", "Hausmann", "Richter", "Kardinal",
                 "Burmeister", "Hofmeister", "Springer", "Schumacher", "Steinhauer", "Kanzler"):
        assert not title_compound(word), word


def test_english_job_titles() -> None:
    assert english_job(["Senior", "Researcher"])
    assert english_job(["Chief", "Technology", "Officer"])
    assert english_job(["Head", "of", "Marketing"])
    assert english_job(["Chief", "Executive", "Officer", "des", "Konzerns"])
    assert not english_job(["Anna", "Senior", "Manager"])  # a given name: a person
    assert not english_job(["Officer"])
    assert not english_job(["Tom", "Lead"])


def test_lone_title_dropped_unless_page_names_person() -> None:
    text = "Die Kritik des Bundespräsidenten fiel deutlich aus, sagte die Pressesprecherin."
    mentions = [_mention(text, "Bundespräsidenten", "LOC"), _mention(text, "Pressesprecherin")]
    assert refine(text, mentions, _never_titled) == []
    # the page writes the word as a named person's surname: kept
    text = "Maria Pressesprecherin ist eine Figur. Pressesprecherin lachte."
    mentions = [_mention(text, "Maria Pressesprecherin"), _mention(text, "Pressesprecherin", nth=1)]
    assert len(refine(text, mentions, _never_titled)) == 2


def test_title_tail_cut_after_name() -> None:
    text = "Laut Alexandra Kuhn Stellvertretende Pressesprecherin ist alles geklärt."
    mentions = [_mention(text, "Alexandra Kuhn Stellvertretende Pressesprecherin")]
    assert _spans(refine(text, mentions, _never_titled)) == [("Alexandra Kuhn", "PER")]
    text = "Die Grünen-Politikerin Sahra Steinhauer sprach."
    assert _spans(refine(text, [_mention(text, "Sahra Steinhauer")], _never_titled)) == [
        ("Sahra Steinhauer", "PER")]


def test_plural_and_truncated_compound_use() -> None:
    words = germanarticle.tokens("Die hohen Krankenhauskosten und die gut informierten Kenner.")
    assert plural_use(words, words.index("Krankenhauskosten"))
    assert plural_use(words, words.index("Kenner"))
    words = germanarticle.tokens("Es fallen Transport- bzw. Rettungskosten an.")
    assert compound_tail(words, words.index("Rettungskosten"))
    # a singular with an adjective is a person's way too: "die scheidende Merkel"
    words = germanarticle.tokens("Die scheidende Zimmermann verabschiedete sich.")
    assert not plural_use(words, words.index("Zimmermann"))
    words = germanarticle.tokens("Zimmermann und Feuerstein sagten aus.")
    assert not compound_tail(words, words.index("Feuerstein"))


def test_noun_use_drops_one_word_person() -> None:
    text = "Die hohen Pflegeheimkosten steigen. Pflegeheimkosten belasten Familien."
    mention = _mention(text, "Pflegeheimkosten", nth=1)
    assert refine(text, [mention], _never_titled) == []
    text = "Zimmermann sagte, die hohen Kosten seien ein Problem. Zimmermann blieb."
    mentions = [_mention(text, "Zimmermann"), _mention(text, "Zimmermann", nth=1)]
    assert len(refine(text, mentions, _never_titled)) == 2


def test_versioned_product() -> None:
    text = "Schulen dürfen Office 365 nutzen, Office 365 kostet. Office Online bleibt tabu."
    mentions = [_mention(text, "Office"), _mention(text, "Office", nth=2)]
    assert _spans(refine(text, mentions, _never_titled)) == [("Office 365", "MISC"), ("Office", "MISC")]
    # a score is no version
    text = "Am Ende siegte Kowalczyk 6:3 gegen den Favoriten."
    assert _spans(refine(text, [_mention(text, "Kowalczyk")], _never_titled)) == [("Kowalczyk", "PER")]


def test_body_acronyms_are_no_laws() -> None:
    for name in ("BfV", "LfV", "LfG", "AfD", "BaFin"):
        assert not law(name), name
    page = "Die Landesstelle für Bodenschutz (LbSG) prüft. Die LbSG meldet Werte."
    assert not law("LbSG", page)
    page = "Das Lärmschutzgesetz (LärmSG) gilt. Das LärmSG regelt Grenzwerte."
    assert law("LärmSG", page)


def _listed(word: str) -> bool:
    return word in {"Mehl", "Zucker", "Polyester", "Kosten"}


def test_contracted_article_and_coordinated_noun() -> None:
    text = "Sie sah das Stück im Schauspielhaus. Schauspielhaus ist ausverkauft."
    assert refine(text, [_mention(text, "Schauspielhaus", nth=1)], _never_titled) == []
    text = "Man nimmt Mehl, Zucker und Mandelaroma. Mandelaroma gibt Geschmack."
    assert refine(text, [_mention(text, "Mandelaroma", nth=1)], _never_titled, _listed) == []
    # two surnames coordinated: the other is a mention, no plain noun
    text = "Zimmermann und Feuerstein widersprachen."
    mentions = [_mention(text, "Zimmermann"), _mention(text, "Feuerstein")]
    assert len(refine(text, mentions, _never_titled, lambda w: True)) == 2
    # a surname beside a listed noun the page writes as a name after a given name stays
    text = "Anna Kosten kam. Mehl und Kosten? Kosten lachte."
    mentions = [_mention(text, "Anna Kosten"), _mention(text, "Kosten", nth=2)]
    assert len(refine(text, mentions, _never_titled, _listed)) == 2


def test_list_of_people_nouns_keeps_surname() -> None:
    text = "Regierung, Gewerkschaftsbund und Hausmann kritisierten den Plan."
    mention = _mention(text, "Hausmann")
    assert len(refine(text, [mention], _never_titled, lambda w: w == "Regierung")) == 1
    text = "Die Ministerin und Wagenknecht stritten."
    assert len(refine(text, [_mention(text, "Wagenknecht")], _never_titled, lambda w: True)) == 1


def test_title_cut_from_following_person() -> None:
    text = "Zum Abschluss dankte Bischof Kowalski den Gästen."
    mentions = [_mention(text, "Bischof"), _mention(text, "Kowalski")]
    assert _spans(refine(text, mentions, _never_titled)) == [("Kowalski", "PER")]
    text = "Es sprach Marco Kardinal Bellini über die Einheit."
    mentions = [_mention(text, "Marco Kardinal"), _mention(text, "Bellini")]
    assert _spans(refine(text, mentions, _never_titled)) == [("Marco Kardinal Bellini", "PER")]
    # two people side by side stay apart
    text = "Es sprachen Anna Richter Bellini und andere."
    mentions = [_mention(text, "Anna Richter"), _mention(text, "Bellini")]
    assert len(refine(text, mentions, _never_titled)) == 2


def test_infix_title_takes_untagged_surname() -> None:
    text = "Es sprach Marco Kardinal Bellini über die Einheit."
    assert _spans(refine(text, [_mention(text, "Marco Kardinal")], _never_titled)) == [
        ("Marco Kardinal Bellini", "PER")]
    text = "Es sprach Marco Kardinal Gebet."  # a listed noun after it: no surname
    assert _spans(refine(text, [_mention(text, "Marco Kardinal")], _never_titled,
                         lambda w: w == "Gebet")) == [("Marco Kardinal", "PER")]


def test_review_prepositions_articles_and_relative_die_are_no_plural() -> None:
    # review (rev_ger2): "-en" prepositions and singular determiners, and a relative "die"
    for text, name in (("Die Abgeordneten , die gegen Lorenz stimmten , gingen .", "Lorenz"),
                       ("Fans , die wegen Okafor kamen , gingen .", "Okafor"),
                       ("Wähler , die keinen Brenneis wollen , gingen .", "Brenneis"),
                       ("Länder , die zugunsten Marwitz stimmten .", "Marwitz"),
                       ("Sie kennen die Vereine , die neben Kuhlmann stehen .", "Kuhlmann")):
        words = text.split()
        assert not plural_use(words, words.index(name)), text
    words = ["Sie", "zahlen", "die", "hohen", "Pflegekosten", "selbst", "."]
    assert plural_use(words, words.index("Pflegekosten"))


def test_review_relative_clause_keeps_bare_surname() -> None:
    text = "Die Senatoren, die gegen Okonkwo stimmten, wurden gerügt. Okonkwo schwieg."
    mentions = [_mention(text, "Okonkwo"), _mention(text, "Okonkwo", nth=1)]
    assert _spans(refine(text, mentions, _never_titled)) == [("Okonkwo", "PER")] * 2


def test_review_kin_head_surname_is_no_title() -> None:
    assert not title_compound("Mendelssohn")
    assert not title_compound("Jacobsohn")
    text = "Das Orchester spielte Werke von Mendelssohn und Brahms."
    assert _spans(refine(text, [_mention(text, "Mendelssohn")], _never_titled)) == [
        ("Mendelssohn", "PER")]


def test_review_number_once_is_no_version() -> None:
    text = "Die Noten: Kimmich 2, Goretzka 3. Kimmich lief am meisten."
    assert _spans(refine(text, [_mention(text, "Kimmich")], _never_titled)) == [("Kimmich", "PER")]


def test_review_titled_word_is_no_law() -> None:
    text = "Der Rapper KeinG trat auf."
    assert _spans(refine(text, [_mention(text, "KeinG")], lambda word: word == "KeinG")) == [
        ("KeinG", "PER")]
