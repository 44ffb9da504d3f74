"""People named one by one after a deed noun whose "of" follows a place or a day ("the murder in
Velmora of X and Y", "the killing on Friday of A, B and C") are each counted, as after "the murder
of". Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Unions denounced the murder in Velmora of dock workers Osvaldo Quintero Ruiz and Marta Elena Vidal.",
            2,
        ),
        (
            "THE BISHOP DENOUNCED THE RECENT ASSASSINATION IN VELMORA OF FARM LEADERS OSVALDO QUINTERO AND "
            "MARTA VIDAL.",
            2,
        ),
        ("Unions denounced the killing on Friday of Osvaldo Quintero, his son Tomas and nurse Marta Vidal.", 3),
    ],
)
def test_named_list_after_deed_aside(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2022-06-12") if e.is_violent]
    assert [e.fatalities.best for e in events] == [killed]
