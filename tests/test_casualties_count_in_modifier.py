"""A number right after the word that opens a modifier of counted people ("two people from 3 villages",
"four farmers from 2 districts") counts what the modifier names, not the victims: the people counted
before it are the toll. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Two herders from 3 villages were killed by gunmen in Tarvo on Monday.", 2, None),
        ("Four farmers from 2 districts were wounded by a bomb in Tarvo on Monday.", None, 4),
    ],
)
def test_count_in_modifier_not_toll(analyse_text, text: str, killed: int | None, wounded: int | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(killed, wounded)]
