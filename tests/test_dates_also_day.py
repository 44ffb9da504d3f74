"""An undated deed told as "also" done happened on the day the story had reached, not on the
report's day. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = "1990-06-14"  # a Thursday


def _days(events) -> dict[str, tuple[date | None, str]]:
    return {e.location.name: (e.date_start, e.date_precision) for e in events if e.is_violent and e.location}


def test_an_also_deed_takes_the_day_of_the_deed_before(analyse_text) -> None:
    events = analyse_text(
        "Police said today that on 11 June rebels killed three farmers in Gao. The rebels also attacked "
        "an army post in Kidal.",
        PUBLISHED,
    )
    assert _days(events)["Kidal"] == (date(1990, 6, 11), "day")


def test_an_also_deed_after_a_weekday_takes_that_weekday(analyse_text) -> None:
    events = analyse_text(
        "Gunmen killed two traders in Gao on Monday. Later the rebels also attacked an army post in Kidal.",
        PUBLISHED,
    )
    assert _days(events)["Kidal"] == (date(1990, 6, 11), "day")


def test_an_also_deed_in_a_report_of_today_keeps_the_report_day_coarsely(analyse_text) -> None:
    events = analyse_text(
        "Gunmen killed two traders in Gao. The rebels also attacked an army post in Kidal.",
        PUBLISHED,
    )
    assert _days(events)["Kidal"] == (date(1990, 6, 14), "week")


def test_an_undated_deed_without_also_keeps_the_report_day(analyse_text) -> None:
    events = analyse_text(
        "Police said today that on 11 June rebels killed three farmers in Gao. In another incident, a bomb "
        "damaged a bridge in Kidal.",
        PUBLISHED,
    )
    assert _days(events)["Kidal"] == (date(1990, 6, 14), "week")


def test_an_also_deed_with_its_own_day_keeps_it(analyse_text) -> None:
    events = analyse_text(
        "Police said today that on 11 June rebels killed three farmers in Gao. The rebels also attacked "
        "an army post in Kidal on Tuesday.",
        PUBLISHED,
    )
    assert _days(events)["Kidal"] == (date(1990, 6, 12), "day")
