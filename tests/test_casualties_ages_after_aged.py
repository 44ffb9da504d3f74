"""A number after "aged" is an age, however many words the noun before it has ("a man aged 47") and
however many ages follow ("aged 30, 41 and 52"): never more victims. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A man aged 47 was shot dead in Tarvo on Monday.", 1, None),
        ("A local shopkeeper aged 63 was stabbed to death in Tarvo on Monday.", 1, None),
        ("Three farmers aged 30, 41 and 52 were killed by gunmen in Tarvo on Monday.", 3, None),
        ("Two girls aged 6 and 4 were wounded by a grenade in Tarvo on Monday.", None, 2),
    ],
)
def test_ages_are_not_counted_as_victims(analyse_text, text: str, killed: int | None, wounded: int | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(killed, wounded)]
