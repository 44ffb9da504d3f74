"""Geocoding: the unit written beside a place (its region, district or town) and what it says of
where the event was."""

from __future__ import annotations

from conftest import event_place


def test_a_town_the_data_lacks_written_before_its_region() -> None:
    place = event_place("Gunmen killed five traders at a market in Dambirwa, Borno State, on Sunday.")
    assert place is not None and place.name == "Dambirwa" and place.country_code == "NG"
    assert place.admin1 == "Borno"
    place = event_place("Militiamen attacked an army position in Kabolwe (North Kivu) on Sunday, killing four.")
    assert place is not None and place.name == "Kabolwe" and place.country_code == "CD"


def test_a_village_written_before_a_district_the_data_lacks() -> None:
    place = event_place("A roadside bomb killed two soldiers in Sherkhanzai, Orakzai, on Monday.")
    assert place is not None and place.name == "Sherkhanzai" and place.admin2 == "Orakzai"


def test_the_town_written_before_its_neighbourhood_is_the_place() -> None:
    place = event_place("A car bomb killed six people in the eastern Baghdad neighborhood of Qadisiyat al-Nur.")
    assert place is not None and place.name == "Baghdad" and place.admin2 is None


def test_a_chain_of_quarters_ends_at_the_town_holding_them() -> None:
    place = event_place("A bomb killed two men in Hor Dalal village in al-Sufra area in southern Baghdad on Monday.")
    assert place is not None and place.name == "Hor Dalal" and place.admin2 == "Baghdad"


def test_a_district_after_its_region_s_possessive_holds_the_village() -> None:
    place = event_place("Militants attacked a patrol in Gundipora village in Kashmir's Pulwama district, killing one.")
    assert place is not None and place.name == "Gundipora" and place.admin2 == "Pulwama district"


def test_a_part_of_a_town_written_with_a_bearing_after_a_comma() -> None:
    place = event_place("A car bomb exploded in the Zayouna area, east Baghdad, killing four people.")
    assert place is not None and place.name == "Zayouna" and place.admin2 == "Baghdad"


def test_a_site_named_after_a_far_namesake_lies_in_the_town_written_after_it() -> None:
    place = event_place("Gunmen opened fire at Kandahar Airport in Kabul on Friday, wounding three guards.")
    assert place is not None and "Kabul" in (place.name, place.admin2) and place.country_code == "AF"
    # at Kabul, not at the town the airport is named after
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 34.5) < 0.3 and abs(place.lon - 69.2) < 0.3


def test_a_bearing_before_to_is_no_journey() -> None:
    place = event_place("Two bombs wounded six people 20 km north to Baghdad on Monday.")
    assert place is not None and place.name == "Baghdad"


def test_a_district_the_data_lacks_lies_in_the_one_region_the_text_names() -> None:
    place = event_place(
        "Gunmen stormed a police post in Helmand province on Monday, killing three officers. "
        "Two more officers were kidnapped in Tolvar district."
    )
    assert place is not None and place.name == "Tolvar district" and place.admin1 == "Helmand"


def test_a_town_named_like_a_country_written_with_its_region() -> None:
    place = event_place("Rebels shot dead two policemen in Puerto Rico, Caquetá, on Monday.")
    assert place is not None and place.feature == "place" and place.country_code == "CO"
    assert place.admin1 == "Caquetá"


def test_the_part_written_with_the_unit_holding_it_is_the_place() -> None:
    place = event_place("A bomb wounded four people in the Kelbo area of Idlib on Monday.")
    assert place is not None and place.name == "Kelbo" and place.admin2 == "Idlib"


def test_a_town_before_an_organisation_says_whose_not_where() -> None:
    place = event_place("Five volunteers of Pattani police were hurt by a bomb in Yala on Monday.")
    assert place is not None and place.name == "Yala"


def test_a_street_named_after_a_far_town_lies_in_the_town_written_after_it() -> None:
    place = event_place("Gunmen fired on a pub in Oxford Street, Belfast, wounding five people.")
    assert place is not None and place.admin2 == "Belfast" and place.admin1 == "Northern Ireland"


def test_a_town_after_its_owner_s_possessive_and_a_town_word() -> None:
    place = event_place("Militants stormed a checkpoint in Anantnag's town of Bijbehara, wounding two soldiers.")
    assert place is not None and place.name == "Bijbehara" and place.admin2 == "Anantnag"


def test_a_listed_quarter_after_its_town_s_possessive_carries_the_town() -> None:
    place = event_place("Bombs exploded at London's Camden Town station, wounding nine people.")
    assert place is not None and place.admin2 == "London"


def test_a_town_in_a_unit_s_name_is_not_where() -> None:
    place = event_place("Soldiers of the Battalion of Soacha shot four rebels dead in Fusagasugá on Monday.")
    assert place is not None and place.name == "Fusagasugá"


def test_a_site_named_after_a_town_abroad_is_no_place_of_the_event() -> None:
    place = event_place("A car bomb exploded near the Lisbon Hotel in the Kenyan capital, wounding five.")
    assert place is not None and place.name == "Nairobi"


def test_a_cued_village_in_a_region_owned_by_a_country() -> None:
    place = event_place("Gunmen burned homes in Takeo village, in Niger's Tillaberi Region, killing six.")
    assert place is not None and place.name.startswith("Takeo") and place.country_code == "NE"


def test_an_event_placed_only_at_a_country_takes_the_town_the_report_names_there() -> None:
    place = event_place(
        "Insurgents stormed a compound in eastern Afghanistan on Monday, killing six guards. "
        "The compound lies on the edge of Gardez."
    )
    assert place is not None and place.name == "Gardez" and place.precision == 2


def test_a_department_or_upazila_the_data_lacks_is_a_place_of_its_own() -> None:
    place = event_place("A landmine killed four soldiers in the Kelbo Department of Burkina Faso's Soum Province.")
    assert place is not None and place.name == "Kelbo Department" and place.country_code == "BF"
    place = event_place("Gunmen hacked a teacher to death in the Tolvar Upazila of Bangladesh's Sylhet district.")
    assert place is not None and place.name == "Tolvar Upazila" and place.country_code == "BD"
    # a department store is a shop
    assert event_place("A bomb exploded at the Harlow department store in Leeds, wounding two.").name == "Leeds"


def test_a_region_the_data_lacks_is_named_as_written() -> None:
    place = event_place("Gunmen shot dead three farmers in the Kelbo region of Syria on Monday.")
    assert place is not None and place.name == "Kelbo region" and place.country_code == "SY"


def test_a_far_namesake_yields_to_the_region_written_as_holding_the_place() -> None:
    # the data's only Kadikoy lies hundreds of kilometres from the province the text names
    place = event_place(
        "Two gendarmes were killed when militants attacked an outpost in the Kadikoy district of Hakkari Province."
    )
    assert place is not None and place.admin1 == "Hakkâri" and place.precision == 2


def test_a_region_written_loosely_for_the_one_named_after_it_keeps_the_town() -> None:
    place = event_place("Rebels ambushed a police patrol in Abrego, in the department of Santander, on Friday.")
    assert place is not None and place.name == "Abrego" and place.admin1 == "Norte de Santander"


def test_a_local_government_written_after_a_village_holds_it() -> None:
    place = event_place(
        "Boko Haram gunmen killed six farmers at Dalwa village in Tolkari Local Government of Borno State."
    )
    assert place is not None and place.name == "Dalwa" and place.admin2 == "Tolkari"


def test_the_town_a_local_government_is_run_from_lies_in_it() -> None:
    place = event_place(
        "Militants raided an army base in the town of Gajiram, the seat of the local government of Tolkari, "
        "on Friday, killing four soldiers in Nigeria."
    )
    assert place is not None and place.name == "Gajiram" and place.admin2 == "Tolkari"


def test_a_raided_town_the_data_lacks_is_kept_beside_the_unit_it_heads() -> None:
    place = event_place(
        "Insurgents killed three vigilantes when Boko Haram raided Kelbori, headquarters of Tolkari Local Government."
    )
    assert place is not None and place.name == "Kelbori" and place.admin2 == "Tolkari"


def test_a_part_of_a_town_keeps_the_town_s_country_over_a_namesake_abroad() -> None:
    # the data's only Colonia and Bremen are towns in Germany; written as parts of a Chilean town
    # they lie in it
    place = event_place("Arsonists burned four lorries in the Colonia sector, in Temuco, on Sunday.")
    assert place is not None and place.country_code == "CL" and place.admin2 == "Temuco"
    place = event_place("Arsonists burned four lorries in the Bremen neighbourhood, in Temuco, on Sunday.")
    assert place is not None and place.country_code == "CL" and place.admin2 == "Temuco"
