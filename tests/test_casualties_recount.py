"""A sentence after people told as "also killed" that counts everyone again is no base to add them to
a second time. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from conftest import one_violent_event
from eventwatch.model import Event

_PUBLISHED = date(1990, 3, 3)


def _event(text: str) -> Event:
    return one_violent_event(text, _PUBLISHED)


def test_a_recount_after_an_also_killed_victim_is_not_added_to() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- THE JUDGE'S WIFE, ELENA VARGA, WAS KILLED TODAY IN ARDENVILLE. "
        "THE MAN DRIVING HER CAR WAS ALSO KILLED. "
        "THE GUNMEN KILLED VARGA AND THE DRIVER AND FLED."
    )
    assert event.fatalities.best == 2


def test_people_also_killed_still_add_when_nobody_recounts() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- THE JUDGE'S WIFE, ELENA VARGA, WAS KILLED TODAY IN ARDENVILLE. "
        "THE MAN DRIVING HER CAR WAS ALSO KILLED."
    )
    assert event.fatalities.best == 2


def test_a_rejected_other_account_does_not_put_this_count_in_doubt() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- THE ARMY SAID TODAY THAT ONE ATTACKER DIED IN A CLASH WITH TROOPS IN ARDENVILLE. "
        "THE MAYOR REJECTED THE ARMY'S ACCOUNT AND ACCUSED THE TROOPS OF MURDERING UNION LEADER IVO LANG AND "
        "TWO OTHER UNION MEMBERS. THE BODIES WERE FOUND IN ARDENVILLE."
    )
    # the attacker the army told of stands beside the three victims
    assert event.fatalities.best == 4
    assert event.fatalities.perpetrators == 1


def test_a_figure_someone_rejected_still_gives_way() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- THE ARMY SAID TODAY THAT FOUR REBELS DIED IN A CLASH WITH TROOPS IN ARDENVILLE. "
        "RESIDENTS SAID 27 PEOPLE WERE KILLED, A FIGURE THE ARMY REJECTED."
    )
    assert event.fatalities.best == 4


def test_a_total_told_twice_holds_the_people_told_as_also() -> None:
    event = _event(
        "ARDENVILLE, 3 MAR 90 -- THE RIOTS IN ARDENVILLE TODAY RESULTED IN TWO INJURIES. ONE OF THOSE INJURED IS "
        "POLICEMAN IVO LANG, WHO WAS SHOT BY A RIOTER. ALSO INJURED DURING THE RIOTS WAS A CITIZEN. IN "
        "CONCLUSION, THE RIOTS RESULTED IN TWO INJURIES."
    )
    assert event.injuries.best == 2
