"""Places: a word that matches a town, followed by a first name and a surname ("Gul Mohammad
Karimzai"), is the first half of a compound first name, not a place (gazetteer/accept.py)."""

from __future__ import annotations

from conftest import event_place


def test_a_compound_first_name_is_no_place() -> None:
    text = "The head of the Kunar council, Gul Mohammad Karimzai, was gunned down by gunmen in central Kunar province."
    place = event_place(text)
    assert place is not None and place.name != "Gul" and place.admin1 == "Kunar"


def test_a_town_before_a_lower_case_word_stays() -> None:
    place = event_place("Gunmen shot dead two policemen in Kabul on Monday.")
    assert place is not None and place.name == "Kabul"
