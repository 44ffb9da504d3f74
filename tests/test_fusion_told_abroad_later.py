"""A report filed in one capital about a deed in another country: a passage placed only by the
dateline and dated only by the report, told within a month after the one deed the report places
abroad, is that deed told again. The sentences are written for these tests; names are invented."""

from __future__ import annotations

from datetime import date

_PUBLISHED = date(1989, 6, 20)

_DEED = """MANAGUA, 20 JUN 89 (RADIO SUR) -- A SALVADORAN JUDGE WAS SHOT DEAD BY GUNMEN ON 9 JUNE IN SAN \
SALVADOR, ALONG WITH HIS TWO BODYGUARDS.

THE NICARAGUAN FOREIGN MINISTER TODAY MET WITH DIPLOMATS FROM FIVE COUNTRIES TO DISCUSS THE REGIONAL \
PEACE PLAN.

THE MINISTER SAID THAT HIS GOVERNMENT WILL ATTEND THE SUMMIT NEXT MONTH AND WILL PRESENT A PROPOSAL ON \
BORDER SECURITY.

"""


def _violent(analyse_text, text: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyse_text(text, _PUBLISHED) if e.is_violent]


def test_a_claim_told_here_days_later_is_the_deed_abroad(analyse_text) -> None:
    text = _DEED + "THE SALVADORAN ARMED FORCES HAVE SAID THAT THE JUDGE WAS KILLED BY A REBEL COMMANDO TRAINED HERE.\n"
    events = _violent(analyse_text, text)
    assert len(events) == 1
    assert events[0].date_start == date(1989, 6, 9)
    assert events[0].location is not None and events[0].location.country_code == "SV"


def test_a_passage_counting_more_dead_stays_apart(analyse_text) -> None:
    text = _DEED + "THE SALVADORAN ARMED FORCES HAVE SAID THAT A REBEL COMMANDO KILLED NINE PEASANTS.\n"
    assert len(_violent(analyse_text, text)) == 2
