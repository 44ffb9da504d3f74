"""Places: an incident's own name opening the text ("Zorbuko massacre: ...", "2011 Tarvel bus
bombing", "Battle of Oskoro: ...") names its place when the body does not name the town again
(gazetteer/title_names.py)."""

from __future__ import annotations

from conftest import event_place


def test_a_title_names_the_town_the_body_leaves_unnamed() -> None:
    place = event_place("Zorbuko massacre: Gunmen killed four Nigerian soldiers at a checkpoint on Friday.")
    assert place is not None and place.name == "Zorbuko" and place.country_code == "NG"


def test_a_year_and_the_deed_object_may_stand_around_the_name() -> None:
    place = event_place("2011 Tarvel bus bombing: A bomb tore through a crowded bus, killing six Malian traders.")
    assert place is not None and place.name == "Tarvel" and place.country_code == "ML"


def test_a_title_alone_is_named_as_written() -> None:
    place = event_place("2013 Kesh Varun hostage crisis")
    assert place is not None and place.name == "Kesh Varun"


def test_a_battle_of_a_place_names_it() -> None:
    place = event_place("Battle of Oskoro: Rebels attacked a Malian army base, killing nine soldiers.")
    assert place is not None and place.name == "Oskoro" and place.country_code == "ML"


def test_a_title_without_a_place_names_none() -> None:
    place = event_place("Police shooting: Officers shot dead two men in Kenya on Sunday.")
    assert place is not None and place.name == "Kenya"


def test_a_name_in_the_middle_of_a_text_is_no_title() -> None:
    place = event_place("Gunmen killed four Nigerian soldiers. Zorbuko massacre: a report followed.")
    assert place is None or place.name != "Zorbuko"


def test_a_known_town_of_the_body_outweighs_the_title() -> None:
    place = event_place(
        "Velmoran market attack: Gunmen entered the Kabul offices of a newspaper and killed three clerks."
    )
    assert place is not None and place.name == "Kabul"


def test_a_craft_model_may_stand_before_the_deed() -> None:
    place = event_place("2004 Khanbul Mi-8 crash: Rebels shot down a Russian helicopter, killing nine soldiers.")
    assert place is not None and place.name == "Khanbul" and place.country_code == "RU"


def test_the_name_ends_before_a_common_word() -> None:
    place = event_place("2011 Tarvel Industrial Park shooting: A gunman shot dead two Israeli guards.")
    assert place is not None and place.name.startswith("Tarvel") and "Park" not in place.name
