""" "Butchered" tells a killing, and so does a person "found butchered" or "found beheaded": each counts
the dead like "murdered" and "found murdered" (a bare "found" before a deed word otherwise tells arms or
a bomb found, no deed). Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The caretaker of a shrine in Tarvo was found butchered by suspected rebels on Monday.", 1),
        ("The caretaker of a shrine in Tarvo was found beheaded by suspected rebels on Monday.", 1),
        ("Rebels butchered four herders near Tarvo on Monday.", 4),
    ],
)
def test_butchered_counts_the_dead(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [e.fatalities.best for e in events] == [killed]
