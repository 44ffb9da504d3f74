""" "Succumbed" tells a death like "died": a person or a count that succumbed (to wounds or injuries)
is among the dead. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A retired teacher succumbed to his injuries after a beating by gunmen in Tarvo on Monday.", 1),
        ("Three guards succumbed to their wounds after rebels raided a depot in Tarvo on Monday.", 3),
    ],
)
def test_succumbed_counts_the_dead(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [e.fatalities.best for e in events] == [killed]
