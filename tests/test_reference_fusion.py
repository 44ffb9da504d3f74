"""In-document fusion of a deed only named ("the murder of the four teachers") in a sentence dated by a
statement, with the deed the report tells with a day of its own. The sentences are written for these
tests; names are invented."""

from __future__ import annotations

from datetime import date

_PUBLISHED = date(1989, 12, 3)

_DENIAL = """SAN SALVADOR, 3 DEC 89 (RADIO SUR) -- TODAY THE DEFENSE MINISTRY DENIED THE CHARGES THAT BLAME \
SEVERAL OFFICERS FOR THE MURDER OF THE FOUR TEACHERS.

THE MINISTRY SAID THAT THE ARMY HAS NOTHING TO DO WITH THE CRIME.

"""


def _violent(analyse_text, text: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyse_text(text, _PUBLISHED) if e.is_violent]


def test_a_murder_named_in_a_denial_today_is_the_murder_the_report_dates(analyse_text) -> None:
    text = _DENIAL + "THE FOUR TEACHERS WERE KILLED ON 16 NOVEMBER BY GUNMEN WEARING ARMY UNIFORMS.\n"
    events = _violent(analyse_text, text)
    assert len(events) == 1
    assert events[0].date_start == date(1989, 11, 16)
    assert events[0].fatalities.best == 4


def test_with_two_dated_deeds_the_named_one_stays_apart(analyse_text) -> None:
    text = (
        _DENIAL
        + "THE FOUR TEACHERS WERE KILLED ON 16 NOVEMBER BY GUNMEN WEARING ARMY UNIFORMS.\n\n"
        + "A BOMB EXPLODED AT A BANK IN SAN SALVADOR ON 20 NOVEMBER, INJURING TWO GUARDS.\n"
    )
    assert len(_violent(analyse_text, text)) == 3


def test_a_deed_itself_only_named_with_a_day_is_not_joined(analyse_text) -> None:
    # "the massacre of 16 November" names another deed by its day; it tells no deed of its own
    text = _DENIAL + "THE UNION CONDEMNED THE MASSACRE OF 16 NOVEMBER IN SANTA TECLA.\n"
    assert len(_violent(analyse_text, text)) == 2


def test_a_deed_with_fewer_dead_than_named_is_another_deed(analyse_text) -> None:
    text = _DENIAL + "TWO PEASANTS WERE KILLED ON 16 NOVEMBER BY GUNMEN WEARING ARMY UNIFORMS.\n"
    assert len(_violent(analyse_text, text)) == 2
