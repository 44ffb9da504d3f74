"""Counts a colon opens break down the count told right before it ("nine people died in two raids:
seven villagers were killed at a well and two herders were killed at a camp"): they are shares of the
nine, not people besides them. Counts that outgrow the whole stay people besides it. Sentences are
our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Nine people died in two raids near Tarvo on Monday: seven villagers were killed at a well, "
            "and two herders were killed at a camp.",
            9,
        ),
        (
            "Two guards died at the depot in Tarvo on Monday: four more villagers were killed later at a well.",
            6,
        ),
    ],
)
def test_colon_breakdown_shares(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert max(e.fatalities.best or 0 for e in events) == killed
