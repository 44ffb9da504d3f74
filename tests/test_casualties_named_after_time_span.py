"""A span of time set off by a comma between the deed and its list of victims ("gunmen murdered within
three days, X, Y and Z") does not end the list before it starts: each person named is counted.
Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Hired killers murdered within three days, councillor Osvaldo Quintero, nurse Marta Vidal and "
            "priest Tomas Arce in Velmora.",
            3,
        ),
        (
            "CARTEL GUNMEN SHOT DEAD IN LESS THAN A WEEK, PROSECUTOR OSVALDO QUINTERO RUIZ AND MAJOR TOMAS ARCE LUNA.",
            2,
        ),
    ],
)
def test_list_after_time_span(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2022-06-12") if e.is_violent]
    assert [e.fatalities.best for e in events] == [killed]
