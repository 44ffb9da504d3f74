"""A listed victim whose phrase carries a short modifier ("killed a man standing for mayor in the
district, his brother and a guard") does not end the list: the people after the modifier's comma
share the effect. An aside after the comma ("..., a police officer said") adds no one. Sentences are
our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A roadside bomb killed a man standing for mayor in the valley, his brother and a guard in Tarvo.",
            3,
        ),
        ("Rebels shot dead a judge sitting in his car, his clerk, his cook and a guard in Tarvo on Monday.", 4),
        ("Rebels shot dead a herder near his hut in Tarvo on Monday, a police officer said.", 1),
    ],
)
def test_list_goes_on_past_modifier(analyse_text, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in analyse_text(text, "2021-03-03") if e.is_violent]
    assert [e.fatalities.best for e in events] == [killed]
