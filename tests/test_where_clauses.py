"""A clause placing a deed by an earlier one ("a few blocks from where the mayor was murdered on 4
July") tells that earlier deed with its own day and toll; the deed before it, named with no day, is
the one the report goes on to tell, and its hurt stays with it. Sentences are our own, with invented
names."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

_PUBLISHED = date(1989, 8, 18)


def _records(text: str) -> list[tuple[date | None, int | None, int | None]]:
    return sorted(
        ((e.date_start, e.fatalities.best, e.injuries.best) for e in violent_events(text, _PUBLISHED)),
        key=lambda r: (r[0] is None, r[0]),
    )


def test_the_hurt_after_a_placing_clause_stays_with_the_deed_of_the_day() -> None:
    text = (
        "The chief of the provincial police was murdered this morning in the west of Cali. The gunmen fired "
        "on the chief when his car stopped at a red light, a few blocks from where the mayor was murdered on "
        "4 July. The gunfire also seriously wounded one of his escorts."
    )
    assert _records(text) == [(date(1989, 7, 4), 1, None), (_PUBLISHED, 1, 1)]


def test_the_deed_before_the_placing_clause_is_told_apart_from_it() -> None:
    text = (
        "Gunmen fired on a bus near the market, two streets from where a judge was shot dead on 2 June. "
        "Nobody was hurt."
    )
    assert _records(text) == [(date(1989, 6, 2), 1, None), (_PUBLISHED, 0, 0)]


def test_where_told_of_the_place_attacked_is_the_deeds_own_outcome() -> None:
    assert _records("Rebels attacked the barracks where two soldiers were killed on 4 July.") == [
        (date(1989, 7, 4), 2, None)
    ]
