"""The tail rules of the extracted body (extract/tails.py): what trails an article and is not
body is cut, the article's own closing lists and live-blog entries are kept."""

from __future__ import annotations

from dragoman.extract.tails import (
    drop_closing_box,
    drop_contact_notes,
    drop_tails,
    drop_teaser_tail,
    is_title,
)

BODY = [("paragraph", "Le conseil municipal a voté mardi soir le budget de la piscine, après "
                      "trois heures de débat et deux suspensions de séance."),
        ("paragraph", "La maire a promis que les travaux commenceraient avant l'été, sans "
                      "hausse des tarifs pour les familles du quartier.")]


def chars(parts: list[tuple[str, str]]) -> int:
    return sum(len(t) for _, t in parts)


def test_titles_are_short_and_do_not_end_like_sentences() -> None:
    assert is_title(("paragraph", "Lue aiheesta lisää: talven valo"))
    assert is_title(("heading", "Une phrase longue qui se termine par un point."))
    assert not is_title(("paragraph", "Das Bad öffnet im Juli."))
    assert not is_title(("paragraph", "Lire aussi :"))
    assert not is_title(("paragraph", "政府が経済対策を決定した。"))


def test_closing_link_box_after_a_lead_in_is_cut() -> None:
    parts = [*BODY, ("paragraph", "Lue aiheesta lisää:"),
             ("paragraph", "Korkeasaaren karhut heräsivät jo – talviunet jäivät lyhyiksi"),
             ("paragraph", "Vuosi 2018 toi kylmää, kuumaa ja kuivaa – muuttuva ilmasto "
                           "näkyy jo säässä")]
    assert drop_closing_box(parts, chars(parts)) == BODY


def test_sign_up_box_under_a_heading_is_cut() -> None:
    parts = [*BODY, ("heading", "Inscrivez-vous gratuitement"),
             ("paragraph", "Une sélection de newsletters gratuites"),
             ("paragraph", "La sauvegarde de vos articles sur le site")]
    assert drop_tails(parts) == BODY


def test_an_article_ending_in_its_own_list_keeps_it() -> None:
    # category headings over names (an awards list): the box would follow another title
    awards = [*BODY, ("heading", "Global Icon"), ("paragraph", "Kylie Minogue – WINNER"),
              ("heading", "Rising Star"), ("paragraph", "The Last Dinner Party – WINNER"),
              ("paragraph", "Caity Baser")]
    assert drop_tails(awards) == awards
    # a list right after the text is cut only when the text stays the larger part
    short = [BODY[0], ("paragraph", "Lire aussi :"),
             *[("paragraph", f"Un titre de plus numéro {n}") for n in range(12)]]
    assert drop_closing_box(short, chars(short)) == short


def test_live_blog_entries_are_not_teaser_cards() -> None:
    entries = [("paragraph", "Netanyahu non ha approvato la benzina per gli ospedali"),
               ("paragraph", "Il governo ha detto che valuterà la richiesta domani mattina."),
               ("paragraph", "Hezbollah, colpite postazioni con due droni"),
               ("paragraph", "Il movimento ha diffuso un comunicato nel pomeriggio."),
               ("paragraph", "Oms, fermi 14 ospedali su 36"),
               ("paragraph", "Lo ha detto il direttore generale in un post.")]
    parts = [*BODY, *entries]
    assert drop_teaser_tail(parts, chars(parts)) == parts


def test_teaser_cards_under_headings_are_cut() -> None:
    cards = [("heading", "Plus d'actu"), ("heading", "Le port en travaux"),
             ("paragraph", "Trois grues ont été installées."),
             ("heading", "La gare rouvre"), ("paragraph", "Les trains repartent lundi."),
             ("heading", "Un festival annulé"), ("paragraph", "La pluie a eu raison de lui.")]
    parts = [*BODY * 3, *cards]
    assert drop_teaser_tail(parts, chars(parts)) == BODY * 3


def test_closing_contact_notes_are_cut() -> None:
    parts = [*BODY, ("paragraph", "Puede escribirnos a redaccion@ejemplo.es o seguirnos en "
                                  "las redes sociales.")]
    assert drop_contact_notes(parts) == BODY
    long_note = ("La fondation, que l'on peut joindre à contact@fondation.example, " +
                 "a publié un rapport détaillé sur la question des piscines. " * 6)
    kept = [*BODY, ("paragraph", long_note)]
    assert drop_contact_notes(kept) == kept
