"""Deeds told in clauses of one sentence parted by semicolons, each with its victim and its own
day, are incidents of their own; a sentence whose clauses share one day stays one record. Texts
are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _records(text: str) -> list:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 12, 5)))
    return sorted(events, key=lambda e: e.date_start or date.min)


def test_killings_told_on_days_of_their_own_are_records_of_their_own() -> None:
    events = _records(
        "Gunmen shot dead judge Pablo Teruel in Medellin today. Judge Ana Ruiz was assassinated on 28 July; "
        "magistrate Ivo Pons was killed on 17 October; and magistrate Lia Sol was killed on 1 November."
    )
    by_day = {e.date_start: e.fatalities.best for e in events}
    assert by_day == {
        date(1990, 7, 28): 1,
        date(1990, 10, 17): 1,
        date(1990, 11, 1): 1,
        date(1990, 12, 5): 1,
    }


def test_clauses_on_one_day_stay_one_record() -> None:
    events = _records(
        "On 3 December rebels killed two soldiers in Medellin; a policeman was also killed on 3 December."
    )
    assert len(events) == 1
    assert events[0].fatalities.best == 3
