"""One record per incident: a sentence listing several towns hit, and a bomb the report tells as
"another" at a place of its own. The sentences are written for these tests; names are invented,
towns are used only as places."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.model import Event

_PUBLISHED = date(1989, 6, 3)


def _events(text: str) -> list[Event]:
    return violent_events(text, _PUBLISHED)


def _towns(events: list[Event]) -> list[str]:
    return sorted(e.location.name for e in events if e.location is not None)


def test_bombs_set_off_in_two_towns_are_two_incidents() -> None:
    text = (
        "LIMA, 3 JUN 89 (RADIO SUR) -- [TEXT] UNIDENTIFIED TERRORISTS SET OFF FIVE BOMBS IN HUANCAYO "
        "AND AYACUCHO EARLY THIS MORNING, DAMAGING TWO BANKS AND A POWER STATION."
    )
    events = _events(text)
    assert _towns(events) == ["Ayacucho", "Huancayo"]
    assert {e.date_start for e in events} == {date(1989, 6, 3)}
    assert {e.attack_type for e in events} == {"Bombing/Explosion"}
    assert len({e.event_id for e in events}) == 2


def test_a_list_of_three_towns_attacked_gives_three_records_with_the_groups_name() -> None:
    text = (
        "Police said today that Shining Path rebels attacked the town halls in Huancayo, Jauja "
        "and Tarma on Friday night."
    )
    events = _events(text)
    assert _towns(events) == ["Huancayo", "Jauja", "Tarma"]
    assert all(e.perpetrators and "Shining Path" in e.perpetrators[0].name for e in events)


def test_a_toll_told_for_all_the_towns_is_not_copied_to_each() -> None:
    text = (
        "Police said today that rebels attacked the police posts in Huancayo and Jauja on Friday night, "
        "killing 12 people."
    )
    events = _events(text)
    assert _towns(events) == ["Huancayo", "Jauja"]
    assert sorted(e.fatalities.best or 0 for e in events) == [0, 12]


def test_a_town_and_the_unit_holding_it_are_one_place() -> None:
    text = "Rebels attacked a police post in Soyapango, San Salvador, on Friday night."
    assert len(_events(text)) == 1


def test_fighting_in_several_towns_is_not_counted_town_by_town() -> None:
    text = "Heavy clashes took place on Friday in Zacatecoluca and Usulutan, the army said."
    assert len(_events(text)) <= 1


def test_a_list_of_regions_is_not_a_list_of_towns() -> None:
    text = "The rebels said they attacked army positions in Chalatenango and La Paz departments on Friday."
    assert len(_events(text)) <= 1


def test_another_bomb_at_a_place_of_its_own_is_its_own_record() -> None:
    text = (
        "VINA DEL MAR, 3 JUN 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT THE OFFICES OF A BANK IN "
        "DOWNTOWN VINA DEL MAR, SHATTERING ITS WINDOWS.  THE POLICE REPORTED THAT ANOTHER BOMB EXPLODED "
        "AT A SCHOOL IN VINA DEL MAR ONE HOUR LATER."
    )
    events = _events(text)
    assert len(events) == 2
    assert {e.location.name for e in events if e.location} == {"Viña del Mar"}


def test_a_second_attacker_told_without_a_place_stays_with_the_attack() -> None:
    text = (
        "Twenty people were injured when a suicide bomber detonated explosives at a market in Maiduguri. "
        "A second bomber was shot dead by soldiers."
    )
    assert len(_events(text)) == 1


def test_a_kidnapping_told_apart_from_a_bombing_in_the_same_town_is_its_own_record() -> None:
    text = (
        "SAN SALVADOR, 3 JUN 89 (AFP) -- [TEXT] A BOMB EXPLODED TONIGHT AT THE DOOR OF A BANK IN "
        "SOYAPANGO, CAUSING HEAVY DAMAGE TO THE BUILDING.  THE POLICE SAID THE BLAST WAS HEARD ACROSS THE "
        "CITY.  FIREMEN WORKED FOR TWO HOURS AT THE SITE.\n\n"
        "THE NATIONAL GUARD ALSO REPORTED THAT ARMED MEN KIDNAPPED A COFFEE GROWER TONIGHT IN SOYAPANGO."
    )
    events = _events(text)
    assert sorted(e.attack_type or "" for e in events) == ["Bombing/Explosion", "Hostage Taking (Kidnapping)"]
    assert {e.location.name for e in events if e.location} == {"Soyapango"}


def test_a_deed_placed_only_by_the_dateline_does_not_stand_apart() -> None:
    text = (
        "SAN SALVADOR, 3 JUN 89 (AFP) -- [TEXT] A BOMB EXPLODED TONIGHT AT THE DOOR OF A BANK IN "
        "SAN SALVADOR, CAUSING HEAVY DAMAGE TO THE BUILDING.  THE POLICE SAID THE BLAST WAS HEARD ACROSS "
        "THE CITY.  FIREMEN WORKED FOR TWO HOURS AT THE SITE.\n\n"
        "THE NATIONAL GUARD ALSO REPORTED THAT ARMED MEN KIDNAPPED A COFFEE GROWER TONIGHT."
    )
    assert len(_events(text)) == 1


def test_a_town_the_gazetteer_lacks_keeps_the_list_going() -> None:
    # and is a town hit like the others, named as written (test_event_splitting_unlisted_towns.py)
    text = (
        "Police said today that rebels burned the town halls in Huancayo, Qorimarka, Jauja and Tarma on Friday night."
    )
    assert _towns(_events(text)) == ["Huancayo", "Jauja", "Qorimarka", "Tarma"]


def test_a_list_may_end_with_a_town_the_gazetteer_lacks() -> None:
    text = "Police said today that rebels burned the town halls in Huancayo, Jauja, and Qorimarka on Friday night."
    assert _towns(_events(text)) == ["Huancayo", "Jauja", "Qorimarka"]


def test_a_list_ending_in_a_direction_is_no_list_of_towns() -> None:
    text = "Police said today that rebels burned the town halls in Huancayo, Jauja, and the north on Friday night."
    assert len(_events(text)) == 1


def test_a_list_ending_in_a_region_word_is_a_list_of_regions() -> None:
    text = "The rebels said they attacked army posts in Chalatenango, Ilopango, and Morazan departments on Friday."
    assert len(_events(text)) == 1


def test_a_third_explosion_in_the_same_city_is_its_own_record() -> None:
    text = (
        "BOGOTA, 3 JUN 89 (RADIO SUR) -- [TEXT] TWO BOMBS EXPLODED TONIGHT AT THE DOORS OF A BANK IN "
        "NORTHERN BOGOTA.  A THIRD EXPLOSION OCCURRED AT A SUPERMARKET IN SOUTHERN BOGOTA."
    )
    events = _events(text)
    assert len(events) == 2
    assert {e.location.name for e in events if e.location} == {"Bogotá"}


def test_a_third_blast_told_beside_a_toll_is_no_new_report() -> None:
    text = (
        "Nine people were killed when two bombs exploded outside a police station in Quetta. "
        "Officials later put the death toll at 12, with a third blast reported in the evening in Quetta."
    )
    assert len(_events(text)) == 1


def test_a_blast_told_of_one_listed_town_does_not_type_the_others() -> None:
    # the later sentence names Jauja alone: its explosion is no part of the attacks on the other towns
    # (three of them names the gazetteer lacks)
    text = (
        "ARMY SOURCES SAID GUERRILLAS ATTACKED MUNICIPAL OFFICES IN PALLCAMARCA, JAUJA, UCHUYHUASI, AND "
        "TOROCANCHA, IN JUNIN DEPARTMENT. A CLERK WAS INJURED BY AN EXPLOSION IN JAUJA."
    )
    types = {e.location.name: e.attack_type for e in _events(text) if e.location is not None}
    assert types == {
        "Jauja": "Bombing/Explosion",
        "Pallcamarca": "Armed Assault",
        "Uchuyhuasi": "Armed Assault",
        "Torocancha": "Armed Assault",
    }
