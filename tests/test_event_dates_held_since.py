"""People "held by" someone "since" a day were taken captive that day: "two nurses who have been held by
the rebels since 3 March" tells a kidnapping dated 3 March, though no word says "kidnapped". Held by
the police they are detained, and an office or a post "held since 1987" holds no one. The sentences are
written for these tests; names are invented, towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse
from eventwatch.text import tokenize

_PUBLISHED = date(1990, 4, 2)


def _kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence))]


def _records(text: str) -> list[tuple[date | None, str | None]]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return [(e.date_start, e.sub_event_type) for e in events]


def test_held_by_a_group_since_a_day_is_a_kidnapping_of_that_day() -> None:
    text = (
        "CALI, 2 APR 90 (EFE) -- [TEXT] THE LETTER WAS SIGNED BY TWO NURSES WHO HAVE BEEN HELD BY A REBEL "
        "COLUMN SINCE 3 MARCH IN THE MOUNTAINS NEAR TULUA."
    )
    assert _records(text) == [(date(1990, 3, 3), "Abduction/forced disappearance")]


def test_held_by_the_police_since_a_day_is_a_detention() -> None:
    assert "kidnapping" not in _kinds("The two students have been held by the police since Monday in Tulua.")


def test_a_post_held_since_a_year_holds_no_one() -> None:
    assert _kinds("The judge resigned from the post he had held since 1987.") == []
    assert _kinds("The colonel has been held in high regard since the war.") == []
