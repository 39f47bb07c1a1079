"""A role speaker of the headline resolves forward to the person the body names with that role
word right before the name (``quotes.headlineroles``), in any language of the packs; and the
press as a source ("according to Italian media"). Original sentences, with the look-alikes the
rule must leave alone: two holders of the role, another role, a name beyond the reach."""

from __future__ import annotations

from dragoman.model import Quote
from dragoman.quotes.headlineroles import FORWARD_ROLE_REACH, MAX_HEADLINE_CHARS
from tests.support.quoting import quotes_of


def _speakers(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found]


def test_english_headline_role_takes_the_body_name() -> None:
    text = ("Governor says the new ferry terminal will open in the spring\n\n"
            "The county has planned the terminal for years. Governor Nora Felling signed the "
            "budget on Monday.")
    found = _speakers(quotes_of(text, "en", ("Nora Felling",)))
    assert found == [("the new ferry terminal will open in the spring", "Nora Felling")]


def test_headline_role_with_its_modifiers_takes_the_same_title() -> None:
    text = ("Foreign Minister says the talks will resume next week\n\n"
            "The talks stalled in May. Foreign Minister Rita Osei met the envoys on Friday.")
    assert _speakers(quotes_of(text, "en", ("Rita Osei",))) == [
        ("the talks will resume next week", "Rita Osei")]


def test_another_title_with_the_same_role_word_is_not_the_headline_role() -> None:
    text = ("Foreign Minister says the talks will resume next week\n\n"
            "The talks stalled in May. Prime Minister Rita Osei met the envoys on Friday.")
    assert _speakers(quotes_of(text, "en", ("Rita Osei",))) == [
        ("the talks will resume next week", "Foreign Minister")]


def test_two_holders_of_the_role_leave_the_role() -> None:
    text = ("Mayor says the harbour will stay closed until June\n\n"
            "Mayor Abel Tamm and Mayor Karl Brunt met on Monday to discuss the piers.")
    assert _speakers(quotes_of(text, "en", ("Abel Tamm", "Karl Brunt"))) == [
        ("the harbour will stay closed until June", "Mayor")]


def test_one_holder_named_twice_is_one_person() -> None:
    text = ("Mayor says the harbour will stay closed until June\n\n"
            "Mayor Rita Osei visited the piers. Later Mayor Osei met the fishermen.")
    assert _speakers(quotes_of(text, "en", ("Rita Osei",))) == [
        ("the harbour will stay closed until June", "Rita Osei")]


def test_a_different_role_in_the_body_is_no_holder() -> None:
    text = ("Sheriff says the coast road will stay closed overnight\n\n"
            "The storm flooded the valley. Senator Maya Lind toured the damage on Tuesday.")
    assert _speakers(quotes_of(text, "en", ("Maya Lind",))) == [
        ("the coast road will stay closed overnight", "Sheriff")]


def test_a_name_beyond_the_reach_is_no_holder() -> None:
    filler = "The county has argued about the crossing for years and its costs kept rising. "
    body = filler * (FORWARD_ROLE_REACH // len(filler) + 1)
    text = (f"Governor says the new ferry terminal will open in the spring\n\n{body}"
            "Governor Nora Felling signed the budget on Monday.")
    assert _speakers(quotes_of(text, "en", ("Nora Felling",))) == [
        ("the new ferry terminal will open in the spring", "Governor")]


def test_a_role_of_the_body_still_resolves_backwards_only() -> None:
    text = ("Terminal to open in spring\n\nThe governor said the ferry terminal would open in "
            "the spring. Governor Nora Felling signed the budget.")
    found = _speakers(quotes_of(text, "en", ("Nora Felling",)))
    assert found == [("the ferry terminal would open in the spring", "The governor")]


def test_german_headline_role_takes_the_body_name() -> None:
    text = ("Bürgermeister sagt, der Hafen bleibe bis zum Sommer geschlossen\n\n"
            "Der Sturm hat die Stege beschädigt. Bürgermeister Hans Kellner besuchte am Montag "
            "den Hafen.")
    assert _speakers(quotes_of(text, "de", ("Hans Kellner",))) == [
        ("der Hafen bleibe bis zum Sommer geschlossen", "Hans Kellner")]


def test_german_compound_role_and_another_office() -> None:
    text = ("Konzernchef sagt, das Werk bleibe bis zum Sommer geschlossen\n\n"
            "Die Aufträge fehlen. Konzernchef Eva Roth sprach am Montag mit der Belegschaft.")
    assert _speakers(quotes_of(text, "de", ("Eva Roth",))) == [
        ("das Werk bleibe bis zum Sommer geschlossen", "Eva Roth")]
    other = ("Bürgermeister sagt, der Hafen bleibe bis zum Sommer geschlossen\n\n"
             "Der Sturm hat die Stege beschädigt. Landrat Jens Haller besuchte am Montag den "
             "Hafen.")
    assert _speakers(quotes_of(other, "de", ("Jens Haller",))) == [
        ("der Hafen bleibe bis zum Sommer geschlossen", "Bürgermeister")]


def test_french_headline_role_takes_the_body_name() -> None:
    text = ("Le préfet affirme que le port restera fermé jusqu'à l'été\n\n"
            "La tempête a endommagé les quais. Le préfet Luc Ferrand a visité la ville lundi.")
    assert _speakers(quotes_of(text, "fr", ("Luc Ferrand",))) == [
        ("le port restera fermé jusqu'à l'été", "Luc Ferrand")]
    other = ("Le préfet affirme que le port restera fermé jusqu'à l'été\n\n"
             "La tempête a endommagé les quais. Le sénateur Luc Ferrand a visité la ville lundi.")
    assert _speakers(quotes_of(other, "fr", ("Luc Ferrand",))) == [
        ("le port restera fermé jusqu'à l'été", "Le préfet")]


def test_the_press_is_a_source() -> None:
    found = _speakers(quotes_of("The ferry sank off the cape, according to Greek media.", "en"))
    assert found == [("The ferry sank off the cape", "Greek media")]
    found = _speakers(quotes_of("The regional press reported that the mill had shut.", "en"))
    assert found == [("the mill had shut", "The regional press")]
    found = _speakers(quotes_of("The vaccine halved infections, according to a leading "
                                "Dutch medical journal.", "en"))
    assert found == [("The vaccine halved infections", "Dutch medical journal")]


def test_press_as_a_modifier_or_a_verb_is_no_source() -> None:
    found = _speakers(quotes_of("The mayor told a press conference that the mill had shut.", "en"))
    assert found == [("the mill had shut", "The mayor")]
    assert quotes_of("The union pressed the company to say when the mill would shut.", "en") == []


def test_a_long_first_paragraph_is_no_headline() -> None:
    lead = "The governor said the new ferry terminal would open in the spring, " + (
        "after years of delays over the cost of dredging the channel and the piers, " * 6)
    assert len(lead) > MAX_HEADLINE_CHARS
    text = f"{lead.rstrip(', ')}.\n\nGovernor Nora Felling signed the budget on Monday."
    found = quotes_of(text, "en", ("Nora Felling",))
    assert found and found[0].speaker_text == "The governor"


def test_a_former_or_deputy_holder_is_another_office() -> None:
    former = ("Governor says the ferry terminal will open in the spring\n\n"
              "The plan was criticised by former governor Nora Felling on Monday.")
    assert _speakers(quotes_of(former, "en", ("Nora Felling",))) == [
        ("the ferry terminal will open in the spring", "Governor")]
    deputy = ("Mayor says the ferry terminal will open in the spring\n\n"
              "Deputy Mayor Abel Tamm signed the plan on Monday.")
    assert _speakers(quotes_of(deputy, "en", ("Abel Tamm",))) == [
        ("the ferry terminal will open in the spring", "Mayor")]
    both = ("Former governor says the ferry terminal will open in the spring\n\n"
            "The plan was praised by former Governor Nora Felling on Monday.")
    assert _speakers(quotes_of(both, "en", ("Nora Felling",))) == [
        ("the ferry terminal will open in the spring", "Nora Felling")]


def test_a_headline_vice_president_is_not_the_president() -> None:
    text = ("Vice President says the summit was a success\n\n"
            "President Abel Tamm and Vice President Rita Osei flew home on Sunday.")
    assert _speakers(quotes_of(text, "en", ("Abel Tamm", "Rita Osei"))) == [
        ("the summit was a success", "Rita Osei")]


def test_roles_the_tagger_took_into_the_names_count_both_holders() -> None:
    text = ("Minister says the ferry fares will fall in the spring\n\n"
            "The fares rose in May. Transport Minister Rita Osei met Health Minister Colm "
            "Dorrance on Friday.")
    # the tagger took one role into its name and left the other out: two ministers all the same
    found = _speakers(quotes_of(text, "en", ("Transport Minister Rita Osei", "Colm Dorrance")))
    assert found == [("the ferry fares will fall in the spring", "Minister")]


def test_a_role_inside_the_name_mention_takes_that_name() -> None:
    text = ("Foreign Minister says the talks will resume next week\n\n"
            "The talks stalled in May. Foreign Minister Rita Osei met the envoys on Friday.")
    assert _speakers(quotes_of(text, "en", ("Foreign Minister Rita Osei",))) == [
        ("the talks will resume next week", "Foreign Minister Rita Osei")]
