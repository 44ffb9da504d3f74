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


def test_a_division_the_data_lacks_is_placed_at_its_region_not_the_capital() -> None:
    # the North-West region lies north of 5.5° N and west of 11° E; Yaoundé, the capital, does not
    place = event_place("Separatists burned a school in Momo division on Tuesday, officials in Cameroon said.")
    assert place is not None and place.country_code == "CM" and place.admin1 == "North-West"
    assert place.precision == 3 and place.lat is not None and place.lon is not None
    assert place.lat > 5.5 and place.lon < 11.0


def test_a_village_the_data_lacks_in_a_town_is_placed_near_it() -> None:
    # the village is unknown to the data, the town holding it is not: the town's point, "near it" (2)
    place = event_place("Gunmen killed four farmers in Zqorbatu village in Maiduguri on Sunday.")
    assert place is not None and place.name == "Zqorbatu" and place.admin2 == "Maiduguri"
    assert place.precision == 2 and place.lat is not None and abs(place.lat - 11.85) < 0.1


def test_a_district_placed_only_at_its_country_says_so() -> None:
    place = event_place("A drone strike in North Waziristan killed three people on Friday.")
    assert place is not None and place.country_code == "PK" and place.precision == 3
