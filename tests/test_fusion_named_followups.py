"""In-document fusion of a passage that only follows up a deed the report dates long before: "the
suspected assassins were arrested" said today, "a note confirming the kidnapping" released today.
The sentences are written for these tests; names and places are invented."""

from __future__ import annotations

from datetime import date

_PUBLISHED = date(1990, 1, 9)


def _violent(analyse_text, text: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyse_text(text, _PUBLISHED) if e.is_violent]


_MURDER = """SAN SALVADOR, 9 JAN 90 (RADIO SUR) -- A GROUP OF SOLDIERS WAS DETAINED IN THE LAST FEW DAYS \
OVER THE MURDER OF FOUR TEACHERS, WHO WERE KILLED BY GUNMEN ON 16 NOVEMBER IN SANTA TECLA.

"""


def test_an_arrest_said_today_weeks_after_the_murder_is_that_murder(analyse_text) -> None:
    text = _MURDER + "POLICE SOURCES STATED TONIGHT THAT THREE SUSPECTED ASSASSINS HAVE BEEN DETAINED IN A RAID.\n"
    events = _violent(analyse_text, text)
    assert len(events) == 1
    assert events[0].date_start == date(1989, 11, 16)


def test_a_statement_that_counts_its_own_dead_stays_apart(analyse_text) -> None:
    text = _MURDER + "POLICE SOURCES STATED TONIGHT THAT GUNMEN KILLED THREE FARMERS.\n"
    assert len(_violent(analyse_text, text)) == 2


_KIDNAPPING = """QUITO, 9 JAN 90 (RADIO SUR) -- A GROUP OF ARMED MEN KIDNAPPED AN OIL ENGINEER ON 8 JANUARY \
IN THE TOWN OF PUERTO ALTO.

"""


def test_a_note_confirming_the_kidnapping_today_is_that_kidnapping(analyse_text) -> None:
    text = _KIDNAPPING + "THE OIL COMPANY TODAY ISSUED A BRIEF STATEMENT CONFIRMING THE KIDNAPPING.\n"
    events = _violent(analyse_text, text)
    assert len(events) == 1
    assert events[0].date_start == date(1990, 1, 8)


_TEACHERS = """SAN SALVADOR, 9 JAN 90 (RADIO SUR) -- TWO TEACHERS WERE SHOT DEAD BY GUNMEN ON 16 NOVEMBER IN \
SANTA TECLA.

THE MINISTRY OF EDUCATION TODAY OPENED A NEW SCHOOL IN THE CAPITAL AND PROMISED MORE FUNDS FOR RURAL AREAS.

THE MINISTER ALSO MET WITH UNION LEADERS TO DISCUSS SALARIES FOR NEXT YEAR.

"""


def test_a_statement_weeks_later_that_counts_the_same_dead_is_that_deed(analyse_text) -> None:
    text = _TEACHERS + "THE POLICE SAID TODAY THAT ARMED MEN KILLED TWO TEACHERS.\n"
    events = _violent(analyse_text, text)
    assert len(events) == 1
    assert events[0].date_start == date(1989, 11, 16)


def test_a_statement_weeks_later_that_counts_other_dead_stays_apart(analyse_text) -> None:
    text = _TEACHERS + "THE POLICE SAID TODAY THAT ARMED MEN KILLED FIVE TEACHERS.\n"
    assert len(_violent(analyse_text, text)) == 2
