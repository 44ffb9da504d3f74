"""A wire report filed from a capital abroad about a deed in another country that it names only
through that country's people or armed forces: the deed is placed at that country, not at the
bureau's town. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 9)


def _events(text: str) -> list[Event]:
    return [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]


def test_a_deed_told_from_a_bureau_abroad_is_placed_in_the_country_its_forces_serve() -> None:
    text = (
        "QUITO, 9 MAR 90 (AFP) -- [TEXT] EXILED OPPOSITION LEADER TOMAS ARBELO TODAY ACCUSED THE "
        "GUATEMALAN ARMY OF MURDERING FOUR TEACHERS ON 7 MARCH.\n\n"
        "ARBELO SPOKE TO REPORTERS AFTER A MEETING WITH CHURCH OFFICIALS."
    )
    events = _events(text)
    places = [(e.location.feature, e.location.country_code) for e in events if e.location is not None]
    assert places == [("country", "GT")]
    # the country is cited from the sentence that names its army, not left without evidence
    cited = [text[ev.start : ev.end] for ev in events[0].evidence if "location" in ev.fields]
    assert cited and "GUATEMALAN ARMY" in cited[0]


def test_a_deed_in_a_report_naming_the_bureaus_country_keeps_the_town() -> None:
    # the report names its own country again: the news may be there, so the filing town holds
    text = (
        "QUITO, 9 MAR 90 (AFP) -- [TEXT] EXILED OPPOSITION LEADER TOMAS ARBELO TODAY ACCUSED THE "
        "GUATEMALAN ARMY OF MURDERING FOUR TEACHERS ON 7 MARCH.\n\n"
        "ARBELO HAS LIVED IN ECUADOR SINCE 1985."
    )
    places = [(e.location.name, e.location.country_code) for e in _events(text) if e.location is not None]
    assert places == [("Quito", "EC")]


def test_a_national_armed_group_names_the_country_of_its_deed() -> None:
    text = (
        "QUITO, 9 MAR 90 (AFP) -- [TEXT] A SPOKESMAN OF THE FMLN SAID TODAY THAT ITS FIGHTERS AMBUSHED AN "
        "ARMY PATROL ON 7 MARCH, KILLING FIVE SOLDIERS."
    )
    places = [(e.location.feature, e.location.country_code) for e in _events(text) if e.location is not None]
    assert places == [("country", "SV")]


def test_the_guatemalan_rebel_union_names_the_country_of_its_deed() -> None:
    # the union's acronym names no country by itself; it fights only in Guatemala
    text = (
        "MEXICO CITY, 9 MAR 90 (AFP) -- [TEXT] A URNG COMMUNIQUE RECEIVED HERE TODAY SAYS THAT ITS "
        "COMBATANTS BLEW UP TWO ELECTRICITY PYLONS ON 6 MARCH."
    )
    places = [(e.location.feature, e.location.country_code) for e in _events(text) if e.location is not None]
    assert places == [("country", "GT")]


def test_foreign_victims_of_another_people_leave_the_country_of_the_peoples_men() -> None:
    # the tourists were abroad; the students, like the bus, were in their own country
    text = (
        "QUITO, 9 MAR 90 (AFP) -- [TEXT] GUATEMALAN STUDENTS HAVE CONDEMNED THE BOMBING OF A BUS CARRYING "
        "MEXICAN TOURISTS ON 7 MARCH."
    )
    places = [(e.location.feature, e.location.country_code) for e in _events(text) if e.location is not None]
    assert places == [("country", "GT")]


def test_a_peoples_foreigners_seized_abroad_keep_the_bureaus_town() -> None:
    # technicians of one people are often foreigners where they were seized: no hint of the country
    text = (
        "QUITO, 9 MAR 90 (AFP) -- [TEXT] THE AUTHORITIES REPORTED TODAY THAT UNKNOWN GUNMEN KIDNAPPED "
        "TWO GUATEMALAN TECHNICIANS ON 7 MARCH."
    )
    places = [(e.location.name, e.location.country_code) for e in _events(text) if e.location is not None]
    assert places == [("Quito", "EC")]


def test_a_peoples_adjective_alone_names_the_country_of_a_deed_told_from_abroad() -> None:
    text = "QUITO, 9 MAR 90 (AFP) -- [TEXT] A BOMB DESTROYED A GUATEMALAN BUS CARRYING MEXICAN TOURISTS ON 7 MARCH."
    places = [(e.location.feature, e.location.country_code) for e in _events(text) if e.location is not None]
    assert places == [("country", "GT")]


def test_the_town_of_a_news_conference_is_not_the_scene_of_the_deed_told_there() -> None:
    # the exile spoke in a third country's capital; the deed was done where the army serves
    text = (
        "QUITO, 9 MAR 90 (AFP) -- [TEXT] EXILED OPPOSITION LEADER TOMAS ARBELO TOLD A NEWS CONFERENCE IN "
        "LIMA TODAY THAT THE GUATEMALAN ARMY MURDERED FOUR TEACHERS ON 7 MARCH.\n\n"
        "ARBELO HAS LIVED IN PERU SINCE 1985."
    )
    places = [(e.location.feature, e.location.country_code) for e in _events(text) if e.location is not None]
    assert places == [("country", "GT")]
