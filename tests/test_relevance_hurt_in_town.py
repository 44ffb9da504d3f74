"""Relevance: a report that opens by counting people hurt at a town it names ("A guard was wounded
in Tolva") reports an attack there, with no event word; hurt in an accident, hurt at no town, or
told after the opening sentence start nothing. Sentences and towns are our own."""

from __future__ import annotations

import pytest

from conftest import violent


@pytest.mark.parametrize(
    "text",
    [
        "A night guard was wounded in Mosul.",
        "Two shopkeepers were injured at a petrol station in Kirkuk. Police suspect a political motive.",
    ],
)
def test_an_opening_count_of_hurt_at_a_town_is_an_attack(analyse_text, text: str) -> None:
    events = violent(analyse_text(text, "2017-05-02"))
    assert len(events) == 1
    assert events[0].injuries.best in (1, 2)
    assert events[0].location is not None and events[0].location.name in ("Mosul", "Kirkuk")


@pytest.mark.parametrize(
    "text",
    [
        "Two shopkeepers were injured in a traffic accident in Kirkuk.",
        "The mayor of Kirkuk was injured.",
        "The council met on Monday. A night guard was wounded in Mosul.",
    ],
)
def test_hurt_by_accident_at_no_town_or_told_later_start_nothing(analyse_text, text: str) -> None:
    assert violent(analyse_text(text, "2017-05-02")) == []
