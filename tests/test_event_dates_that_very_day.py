""" "On that very day" points back at the day the sentence before named, even when that sentence told
no deed and a paragraph break stands between them ("the judge opened a hearing on 2 March. On that
very day a lawyer was murdered"). The
sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_PUBLISHED = date(1990, 3, 20)


def _days(text: str) -> list[date | None]:
    events = analyse(Article(doc_id="t", text=text, published=_PUBLISHED))
    return sorted(e.date_start for e in events if e.is_violent and e.date_start is not None)


def test_that_very_day_takes_the_day_named_in_the_sentence_before() -> None:
    text = (
        "CALI, 20 MAR 90 (EFE) -- [TEXT] GUNMEN SHOT DEAD A BANKER IN CALI TODAY, THE POLICE SAID.  "
        "THE BANKER HAD OPENED A NEW SCHOOL FOR ORPHANS IN THE CITY ON 2 MARCH.\n\n   "
        "ON THAT VERY DAY, A LAWYER OF THE SAME FAMILY WAS MURDERED IN PALMIRA."
    )
    assert _days(text) == [date(1990, 3, 2), date(1990, 3, 20)]


def test_that_very_day_with_no_day_named_before_keeps_the_story_day() -> None:
    text = (
        "CALI, 20 MAR 90 (EFE) -- [TEXT] GUNMEN SHOT DEAD A BANKER IN CALI TODAY, THE POLICE SAID.  "
        "THE BANKER HAD OPENED A NEW SCHOOL FOR ORPHANS IN THE CITY.\n\n   "
        "ON THAT VERY DAY, A LAWYER OF THE SAME FAMILY WAS MURDERED IN PALMIRA."
    )
    assert _days(text) == [date(1990, 3, 20), date(1990, 3, 20)]
