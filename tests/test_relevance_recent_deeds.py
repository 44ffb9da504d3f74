"""Relevant documents: deeds told in ways that name no day, toll or group yet are news: one told "a
few days ago", people arrested who "remain missing" (a forced disappearance), "another act of
violence" at a town, and "armed actions" a named group carried out yesterday. Sentences, names and
places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events
from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 2, 14)
# three sentences before the deed, so it is no report's lead told as news by its place alone
_OPENING = (
    "PUERTO BARRIOS, 14 FEB 90 (RADIO NACIONAL) -- [TEXT] THE DEFENSE MINISTER SPOKE TO REPORTERS "
    "THIS MORNING ABOUT THE NEW BUDGET. HE SAID THE BARRACKS WILL BE REPAIRED BEFORE THE RAINS. "
    "HE ALSO PRAISED THE WORK OF THE ENGINEERS. "
)


def kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence))]


def test_a_deed_told_a_few_days_ago_is_news() -> None:
    text = _OPENING + "THE MINISTER SAID A GRENADE WENT OFF BEHIND THE STADIUM A FEW DAYS AGO."
    assert len(violent_events(text, _PUBLISHED)) == 1


def test_a_deed_without_any_time_stays_talk() -> None:
    text = _OPENING + "THE MINISTER SAID A GRENADE WENT OFF BEHIND THE STADIUM."
    assert violent_events(text, _PUBLISHED) == []


def test_people_arrested_who_remain_missing_were_made_to_disappear() -> None:
    assert kinds("The patrol arrested two carpenters, Luis Mora and Ana Vidal, who remain missing.") == ["kidnapping"]
    assert kinds("The patrol arrested two carpenters, who were taken to the court.") == ["arrest"]


def test_another_act_of_violence_at_a_town_is_news() -> None:
    text = _OPENING + "MEANWHILE, RIOT POLICE COMMITTED ANOTHER ACT OF VIOLENCE IN QUETZALTENANGO."
    assert len(violent_events(text, _PUBLISHED)) == 1
    assert kinds("Neighbours condemned acts of violence in general.") == ["attack"]


def test_armed_actions_a_named_group_carried_out_yesterday_are_news() -> None:
    text = _OPENING + "YESTERDAY THE FMLN CARRIED OUT SEVERAL ARMED ACTIONS IN THE EAST OF THE COUNTRY."
    assert len(violent_events(text, _PUBLISHED)) == 1
