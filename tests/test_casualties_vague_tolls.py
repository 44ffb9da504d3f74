"""A vague large quantity ("hundreds of farmers", "thousands of lives") is no count of one event: the
record keeps it as a lower bound and leaves its best estimate unknown, as GTD and ACLED leave a count
unknown rather than invent one. Texts are our own, with invented places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _records(text: str):
    return analyse(Article(doc_id="t", text=text, published=date(1990, 3, 4)))


def test_hundreds_killed_gives_no_best_estimate() -> None:
    events = _records("Soldiers attacked the village of Tolva on 2 March and killed hundreds of farmers.")
    assert events
    record = events[0]
    assert record.fatalities.best is None
    assert record.fatalities.low == 100


def test_thousands_wounded_gives_no_best_estimate() -> None:
    events = _records("A truck bomb exploded in Tolva on 2 March, killing 12 people and wounding thousands.")
    record = events[0]
    assert record.fatalities.best == 12
    assert record.injuries.best is None
    assert record.injuries.low == 1000


def test_a_figure_in_numbers_beside_a_vague_one_stands() -> None:
    events = _records(
        "Rebels shelled Tolva on 2 March, killing 40 people. Hundreds of people were killed in the district."
    )
    assert any(e.fatalities.best == 40 for e in events)
    assert all(e.fatalities.best != 100 for e in events)


def test_a_small_vague_count_is_still_read() -> None:
    events = _records("Gunmen attacked a bus in Tolva on 2 March, wounding several passengers.")
    assert events[0].injuries.best == 3
