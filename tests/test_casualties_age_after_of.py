"""A number after "a <person> of" is that one person's age ("a man of 47 was stabbed"), not a count
of victims; a group's size ("a family of five") and a total ("a total of 12") still count. Sentences
are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A woman of 58 was stabbed outside her shop in Tarvo on Monday.", None, 1),
        ("A boy of 14 was shot dead by gunmen in Tarvo on Monday.", 1, None),
        ("Gunmen killed a farmer of 71 in Tarvo on Monday.", 1, None),
        ("A family of five was killed by gunmen in Tarvo on Monday.", 5, None),
        ("A total of 12 were killed by gunmen in Tarvo on Monday.", 12, None),
    ],
)
def test_age_after_of_is_not_a_count(analyse_text, text: str, killed: int | None, wounded: int | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(killed, wounded)]
