"""A burning told with another deed of the same raid ("killed two guards and set fire to the
warehouse") is an incident of its own beside the killing, as MUC-4 codes it: the same day and place,
typed by the fire, without the figures, which stay with the deed. A burning that is the deed's only
deed, a wound ("was badly burned"), the damage of a blast ("burned when the bomb went off") or a
burning of another day stays as it was. The sentences are written for these tests; names are
invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1991, 3, 3)
_FACILITY = "Facility/Infrastructure Attack"


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_farm_set_on_fire_after_a_killing_is_an_arson_of_its_own() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Police said that about ten armed men yesterday raided a cooperative in "
        "Huanta, killed two guards and set fire to the warehouse before they fled."
    )
    events = _events(text)
    assert len(events) == 2
    killing, fire = sorted(events, key=lambda e: e.attack_type != "Armed Assault")
    assert killing.fatalities.best == 2
    assert fire.attack_type == _FACILITY
    assert fire.fatalities.best is None
    assert {e.date_start for e in events} == {date(1991, 3, 2)}
    assert {e.location.name for e in events if e.location} == {"Huanta"}


def test_a_store_torched_by_kidnappers_is_an_arson_beside_the_kidnapping() -> None:
    text = (
        "BOGOTA, 3 MAR 91 (EFE) -- A band of gunmen kidnapped a rancher and his foreman today near "
        "Monteria. Before leaving, the kidnappers torched the rancher's store."
    )
    kinds = sorted(e.attack_type or "" for e in _events(text))
    assert kinds == [_FACILITY, "Hostage Taking (Kidnapping)"]


def test_a_burning_alone_stays_one_record() -> None:
    text = "LIMA, 3 MAR 91 -- Unidentified men burned three buses in Huancayo last night."
    events = _events(text)
    assert len(events) == 1
    assert events[0].attack_type == _FACILITY


def test_a_victim_badly_burned_is_hurt_not_a_burning() -> None:
    text = (
        "BOGOTA, 3 MAR 91 (EFE) -- Gunmen shot dead a shopkeeper in Cali today; his nephew was "
        "badly burned when he tried to flee."
    )
    assert len(_events(text)) == 1


def test_a_cabin_burned_when_the_bomb_went_off_is_the_blast_damage() -> None:
    text = (
        "BOGOTA, 3 MAR 91 (EFE) -- The cabin of the truck was burned when a bomb planted by "
        "unidentified men exploded in Cali today."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].attack_type == "Bombing/Explosion"


def test_a_burning_of_another_year_stays_background() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Rebels yesterday killed four peasants in Huanta, a village where an army "
        "patrol burned the homes of six peasants in 1984."
    )
    assert not any(e.attack_type == _FACILITY for e in _events(text))


def test_an_attack_told_as_the_burning_itself_stays_one_record() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Rebels yesterday attacked the town hall of Huanta and set fire to its "
        "archive, the mayor said."
    )
    assert len(_events(text)) == 1


def test_homes_burned_beside_the_deaths_are_the_raid_aftermath() -> None:
    text = "LIMA, 3 MAR 91 -- Six farmers were killed and their huts were burned by raiders near Ayna yesterday."
    events = _events(text)
    assert [e.attack_type for e in events] == ["Armed Assault"]


def test_shops_torched_by_rioters_are_part_of_the_riot() -> None:
    text = (
        "LIMA, 3 MAR 91 -- Rioters set fire to market stalls and fought the police in Huancayo "
        "yesterday; one student was killed."
    )
    assert not any(e.attack_type == _FACILITY for e in _events(text))


def test_property_told_burned_during_a_bombing_told_before_is_the_blast_damage() -> None:
    text = (
        "LIMA, 3 MAR 91 (EFE) -- Rebels last night bombed a branch of the farmers' bank in Huancayo, "
        "injuring two clerks.\n\n"
        "During the attack the branch was set on fire. A witness said that dozens of loan files were "
        "burned."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].attack_type == "Bombing/Explosion"
    assert events[0].injuries.best == 2
