"""A day written out at the head of a sentence, or of the passage after its colon, and set off by a
comma ("On 2 March, ...", "The statement reads: on the evening of 2 March, ...") sets the time of what
the report tells next, even where that sentence names no deed: "minutes later" after it counts from
that day, not from the report's. A day inside a sentence without a deed ("the truce agreed on 2 March")
and a statement's day stay asides. The sentences are written for these tests; names are invented,
towns are used only as places."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Event
from eventwatch.pipeline import analyse
from eventwatch.resolve.facts import next_anchor, sentence_facts
from eventwatch.text import split_sentences

_PUBLISHED = date(1990, 3, 6)


def _anchor_after(sentence_text: str) -> date | None:
    sentence = split_sentences(sentence_text)[0]
    facts = sentence_facts(sentence_text, sentence, published=_PUBLISHED, anchor=_PUBLISHED, wire_caps=False)
    return next_anchor(facts, _PUBLISHED)


def _days(text: str) -> list[date | None]:
    events: list[Event] = [e for e in analyse(Article(doc_id="t", text=text, published=_PUBLISHED)) if e.is_violent]
    return sorted(e.date_start for e in events if e.date_start is not None)


def test_a_day_opening_a_sentence_sets_the_storys_day() -> None:
    assert _anchor_after("On 2 March, the marchers blocked the main road to the port.") == date(1990, 3, 2)
    assert _anchor_after("The note reads: on the evening of 2 March, our units held the bridge.") == date(1990, 3, 2)


def test_a_day_inside_a_sentence_or_a_statements_day_does_not() -> None:
    assert _anchor_after("The marchers kept to the truce agreed on 2 March, the mayor added.") == _PUBLISHED
    assert _anchor_after("On 2 March the marchers blocked the main road to the port.") == _PUBLISHED
    assert _anchor_after("On 2 March, the governor said the road would reopen.") == _PUBLISHED


def test_minutes_later_counts_from_the_opening_day() -> None:
    text = (
        "SAN MIGUEL, 6 MAR 90 (AFP) -- [TEXT] THE REBELS ISSUED A STATEMENT TODAY ON THEIR CAMPAIGN. THE STATEMENT "
        "READS: ON THE EVENING OF 2 MARCH, OUR UNITS BLOCKED THE ROAD TO THE COAST AND STOPPED 40 TRUCKS. MINUTES "
        "LATER, A PATROL OPENED FIRE ON OUR UNITS AND A CLASH FOLLOWED IN WHICH TWO SOLDIERS WERE KILLED."
    )
    assert _days(text) == [date(1990, 3, 2)]
