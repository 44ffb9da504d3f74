"""A sentence opening with a deed done "recently" tells an earlier incident than the one just told:
it starts a record of its own instead of lending its toll and town to that one. The report is
written for these tests; places are real towns with invented events."""

from __future__ import annotations

from datetime import date

from conftest import violent

_REPORT = """LIMA, 16 MAR 90 (RADIO SUR) -- ON 14 MARCH A DEPUTY ESCAPED UNHURT FROM AN AMBUSH ON HIS \
CAR. HIS DRIVER DIED IN THE ATTACK, WHICH TOOK PLACE 30 KM FROM THE TOWN OF HUARAZ.

THE ATTACKERS FIRED ON THE CAR FROM A HILL.

REBELS RECENTLY MURDERED 12 PEASANTS IN A HAMLET NEAR AYACUCHO.
"""


def test_a_deed_done_recently_is_an_incident_of_its_own(analyse_text) -> None:
    events = violent(analyse_text(_REPORT, date(1990, 3, 16)))
    tolls = sorted((e.fatalities.best, e.date_start) for e in events)
    assert tolls == [(1, date(1990, 3, 14)), (12, date(1990, 3, 16))]
