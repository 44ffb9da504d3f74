"""Second-level units written with their unit word (units2.yaml): the unit, not a town abroad."""

from __future__ import annotations

from conftest import event_place


def test_a_district_written_with_its_word_is_the_unit_not_the_town_abroad() -> None:
    # Palma is also the capital of Mallorca; "Palma district" is Mozambique's
    place = event_place("Raiders burned twelve huts and killed four herders in the Palma district on Tuesday.")
    assert place is not None and place.country_code == "MZ" and place.admin1 == "Cabo Delgado"


def test_a_department_written_with_its_word_is_placed_in_its_country() -> None:
    place = event_place("Militants killed two gendarmes and a herder in the Barani Department on Sunday.")
    assert place is not None and place.country_code == "BF"


def test_a_division_holds_the_town_written_before_it() -> None:
    # Momo is a village in Piedmont too; the division holding Njikwa is Cameroon's
    place = event_place("Separatists shot dead a gendarme at a checkpoint in Njikwa, Momo Department, on Monday.")
    assert place is not None and place.country_code == "CM"


def test_a_bare_town_keeps_its_own_country() -> None:
    place = event_place("A bomb killed two tourists in Palma, Mallorca, on Friday.")
    assert place is not None and place.country_code == "ES"


def test_a_town_before_a_lower_case_division_takes_the_division() -> None:
    place = event_place("A gendarme was shot dead by separatists in Kelbo, Momo division, on Sunday.")
    assert place is not None and place.country_code == "CM" and place.admin2 == "Momo"
