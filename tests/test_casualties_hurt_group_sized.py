"""One of the hurt told dead where the hurt group carries its size or names its people before the hurt
word ("one of the four injured children has died", "one of three guards wounded later died"): the
death is counted, as for "one of the injured died". Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A bomb hit a bus in Tarvo on Monday and hurt four children. One of the four injured children has died.",
        "Rebels raided a depot in Tarvo on Monday and wounded three guards. One of three guards wounded later died.",
    ],
)
def test_death_out_of_sized_hurt_group(analyse_text, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [e.fatalities.best for e in events] == [1]
