"""One person told dead in the present perfect ("the union leader has died of his wounds"): the
subject ends before "has", as it ends before "died" in the simple past, when the sentence tells a hurt
or a deed besides; told bare ("former president X has died") it leads an obituary as often, and
counts no one. "Nobody has died" still counts no one. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The taxi driver has died of stab wounds in Velmora, his family said on Friday.", 1),
        ("FARM LEADER OSVALDO QUINTERO HAS DIED OF HIS INJURIES IN VELMORA, A NURSE SAID ON FRIDAY.", 1),
        ("Osvaldo Quintero, 61, has died after gunmen shot him outside his home in Velmora on Friday.", 1),
    ],
)
def test_has_died_counts_one(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2022-06-12") if e.is_violent]
    assert [e.fatalities.best for e in events] == [killed]


def test_nobody_has_died_counts_none(analyse_text) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text("Nobody has died in the bomb blast in Velmora on Friday.", "2022-06-12")]
    assert all(e.fatalities.best in (None, 0) for e in events)


def test_bare_perfect_death_counts_none(analyse_text) -> None:  # type: ignore[no-untyped-def]
    events = analyse_text("Former senator Osvaldo Quintero has died in Velmora, his party said.", "2022-06-12")
    assert all(e.fatalities.best is None for e in events)
