"""A clause opened by "since the killing of", "since the death of" and the like names a death before the
reported one ("the second raid since the killing of their commander"): the people it counts are not
this attack's dead. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An air strike killed two fighters near Tarvo on Monday, the first raid since the killing of their chief.", 2),
        (
            "Gunmen shot dead three guards in Tarvo on Monday, the worst raid since the deaths of five miners in May.",
            3,
        ),
    ],
)
def test_death_before_is_not_counted(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert max(e.fatalities.best or 0 for e in events) == killed
