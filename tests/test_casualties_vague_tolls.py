"""A vague large quantity ("hundreds of farmers", "thousands") is read as EVENT_SCHEMA.md says,
ACLED's conservative reading ("hundreds" is 100, a lower bound and the best estimate), and gives way
to a count in numbers of the same effect. Texts are our own, with invented places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _records(text: str):
    return analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))


def test_hundreds_killed_is_a_conservative_hundred() -> None:
    events = _records("Soldiers attacked the village of Tolva on 2 March and killed hundreds of farmers.")
    assert events
    record = events[0]
    assert (record.fatalities.best, record.fatalities.low, record.fatalities.high) == (100, 100, None)


def test_thousands_wounded_is_a_conservative_thousand() -> None:
    events = _records("A truck bomb exploded in Tolva on 2 March, killing 12 people and wounding thousands.")
    record = events[0]
    assert record.fatalities.best == 12
    assert (record.injuries.best, record.injuries.low, record.injuries.high) == (1000, 1000, None)


def test_a_figure_in_numbers_beside_a_vague_one_stands() -> None:
    events = _records(
        "Rebels shelled Tolva on 2 March, killing 40 people. Hundreds of people were killed in the district."
    )
    assert any(e.fatalities.best == 40 for e in events)
    assert all(e.fatalities.best != 100 for e in events)


def test_a_small_vague_count_is_still_read() -> None:
    events = _records("Gunmen attacked a bus in Tolva on 2 March, wounding several passengers.")
    assert events[0].injuries.best == 3
