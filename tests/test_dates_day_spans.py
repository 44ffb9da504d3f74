"""A bare day joined to a day written with its month ("on 12 and 13 February", "4-6 May") starts a
span in that month. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.dates import find_dates

PUBLISHED = date(1990, 2, 20)


def _days(text: str) -> list[tuple[date | None, bool]]:
    return [(d.value, d.is_end) for d in find_dates(text, 0, len(text), published=PUBLISHED, anchor=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two engineers were abducted on 12 and 13 February near the dam.",
            [(date(1990, 2, 12), False), (date(1990, 2, 13), True)],
        ),
        ("The road was blocked on 3-5 February by armed men.", [(date(1990, 2, 3), False), (date(1990, 2, 5), True)]),
        (
            "Fighting went on from 9 to 11 February 1989 in the hills.",
            [(date(1989, 2, 9), False), (date(1989, 2, 11), True)],
        ),
        ("The town was shelled between 6 and 8 February.", [(date(1990, 2, 6), False), (date(1990, 2, 8), True)]),
    ],
)
def test_a_bare_day_before_a_dated_day_starts_a_span(text: str, expected: list) -> None:
    assert _days(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off on 13 February in the market.",
        "Rebels killed 20 and 13 February saw new fighting.",  # a count higher than the day is no start
        "The army said 14 soldiers died on 13 February.",
    ],
)
def test_no_span_without_an_earlier_bare_day_joined_to_it(text: str) -> None:
    assert all(not is_end for _, is_end in _days(text))
    assert date(1990, 2, 13) in [value for value, _ in _days(text)]


def test_an_event_told_over_two_days_spans_them(analyse_text) -> None:
    events = analyse_text(
        "Gunmen kidnapped two engineers in Puerto Rondo on 12 and 13 February, the army said today.",
        PUBLISHED,
    )
    violent = [e for e in events if e.is_violent]
    assert [(e.date_start, e.date_end) for e in violent] == [(date(1990, 2, 12), date(1990, 2, 13))]
