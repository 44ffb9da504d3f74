"""Event words that tell no deed: a blast of gas or spilled fuel (an accident), weapons named as goods
traded, and deeds counted as "cases" in a human-rights tally. The sentences are written for these
tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 6, 12)
_DATELINE = "QUITO, 12 JUN 90 (EFE) -- "


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=_DATELINE + text, published=_PUBLISHED)) if e.is_violent]


def test_blasts_of_accumulated_gases_are_an_accident() -> None:
    text = (
        "A fire brigade officer said two explosions shook the sewers of Ambato today because of the gases "
        "that had built up after a tanker overturned."
    )
    assert _events(text) == []


def test_a_gas_leak_blast_is_an_accident() -> None:
    text = "An explosion caused by a gas leak wrecked a bakery in Riobamba yesterday, hurting four people."
    assert _events(text) == []


def test_a_bomb_blast_beside_a_petrol_station_is_news() -> None:
    events = _events("A bomb exploded yesterday next to a petrol station in Riobamba, wounding three people.")
    assert [e.injuries.best for e in events] == [3]


def test_defective_bombs_shipped_are_goods() -> None:
    text = (
        "After two consignments of defective bombs, the generals feared the weapons would cause more casualties "
        "among their own troops than among the enemy."
    )
    assert _events(text) == []


def test_a_shipment_of_bombs_is_goods() -> None:
    assert _events("A shipment of 200 defective bombs reached the port of Guayaquil on Tuesday.") == []


def test_bombs_thrown_are_news() -> None:
    events = _events("Unknown men threw two bombs at the customs office in Tulcan yesterday, wounding a guard.")
    assert [e.injuries.best for e in events] == [1]


def test_deeds_counted_as_cases_are_a_tally() -> None:
    text = (
        "According to the rights committee, there have been 6 murders, 11 cases of torture and 3 cases of "
        "disappearance in the province since the governor took office last 2 February."
    )
    assert _events(text) == []


def test_a_murder_told_on_its_own_is_news() -> None:
    events = _events("Gunmen murdered a union leader in Ambato yesterday, the rights committee said.")
    assert [e.fatalities.best for e in events] == [1]


def test_deeds_done_on_several_occasions_are_a_pattern() -> None:
    text = "On several occasions, the police have raided rebel clinics, beaten and murdered nurses and hurt patients."
    assert _events(text) == []


def test_a_deed_on_a_day_beside_occasions_is_news() -> None:
    text = "The police, who had raided the clinic on several occasions, murdered two nurses there on Sunday."
    assert [e.fatalities.best for e in _events(text)] == [2]


def test_a_day_a_campaign_ceased_dates_no_deed() -> None:
    text = "The rebel army, which ceased bombing oil pipelines on 3 May, has kept to the truce since then."
    assert _events(text) == []


def test_a_bombing_on_a_day_is_news() -> None:
    events = _events("The rebel army bombed an oil pipeline near Lago Agrio on 3 June, the company said.")
    assert [e.date_start for e in events] == [date(1990, 6, 3)]


def test_terrorist_assassins_is_an_epithet() -> None:
    text = (
        "Colonel Ruiz said today that the army has begun an all-out campaign against the terrorist assassins "
        "of the front."
    )
    assert _events(text) == []


def test_communist_assassins_is_an_epithet() -> None:
    assert _events("The communist assassins will be defeated, the general said on Tuesday.") == []


def test_assassins_who_shot_a_mayor_did_a_deed() -> None:
    events = _events("Terrorist assassins shot dead a mayor in Ibarra on Tuesday.")
    assert [e.fatalities.best for e in events] == [1]


def test_a_toll_told_right_after_a_crash_is_the_accident_s() -> None:
    text = (
        "A small freight aircraft came down at noon in a suburb of Quito, airport staff said. "
        "Its pilot lost an engine after take-off and crashed into a row of homes near the runway. "
        "A fire chief said there are reports of 11 dead and 16 injured."
    )
    assert _events(text) == []


def test_a_toll_after_a_crash_caused_by_rockets_is_news() -> None:
    text = (
        "Rebels fired rockets at a bus near Loja this morning and it crashed into a ravine. "
        "Officials said 9 passengers were killed."
    )
    assert [e.fatalities.best for e in _events(text)] == [9]


def test_attacks_on_counted_as_cases_are_a_tally() -> None:
    # "attacks on" is one event word with its preposition; the cue lists the bare "attacks"
    text = (
        "The press union said there have been 9 cases of attacks on reporters and 4 cases of threats in "
        "the province since the governor took office last 2 February."
    )
    assert _events(text) == []
