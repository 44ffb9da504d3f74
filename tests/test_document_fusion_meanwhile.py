"""A passage opened by words telling another incident ("meanwhile", "in another attack") is never the
deed before it told again, even when it names neither where nor when. The sentences are written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

_PUBLISHED = date(1990, 6, 4)

_REPORT = """LIMA, 4 JUN 90 (RADIO PROGRAMAS) -- [TEXT] EARLY YESTERDAY, SUBVERSIVES FIRED ON A BUS NEAR
PAMPAS, IN TAYACAJA PROVINCE, WOUNDING SEVEN TRAVELLERS.

THE POLICE REPORT SAID THE TRAVELLERS WERE TAKEN TO THE REGIONAL HOSPITAL.

{then}, THREE REBELS WERE KILLED DURING A SKIRMISH WITH AN ARMY PATROL.
"""


def _violent(analyse_text, then: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyse_text(_REPORT.format(then=then), _PUBLISHED) if e.is_violent]


@pytest.mark.parametrize("then", ["MEANWHILE", "IN ANOTHER INCIDENT", "ELSEWHERE"])
def test_a_clash_told_as_another_incident_stays_apart_from_the_ambush(analyse_text, then: str) -> None:
    events = _violent(analyse_text, then)
    assert len(events) == 2
    ambush = next(e for e in events if e.injuries.best == 7)
    assert ambush.fatalities.best is None
    assert ambush.location is not None and ambush.location.name == "Pampas"
    assert any(e.fatalities.best == 3 and e.injuries.best is None for e in events)
