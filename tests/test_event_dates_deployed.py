"""A day told right after a verb of another act ("troops have been deployed since yesterday", "the
suspects were arrested on Monday") dates that act, not the bombing or attack the sentence tells.
The sentences are written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article
from eventwatch.pipeline import analyse

_PUBLISHED = date(1989, 3, 12)


def _dated(text: str) -> list[tuple[date | None, str]]:
    events = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [(e.date_start, e.date_precision) for e in events]


def test_a_deployment_day_does_not_date_the_bombing() -> None:
    text = (
        "Rebel commandos blew up three power pylons in Morazan department, where extra army units "
        "have been deployed since yesterday."
    )
    assert _dated(text) == [(date(1989, 3, 12), "week")]


def test_a_day_beside_the_deed_still_dates_it() -> None:
    text = "Rebel commandos blew up two power pylons in Morazan yesterday, and army units were deployed."
    assert _dated(text) == [(date(1989, 3, 11), "day")]
