"""A deed dated by the day it was talked about, when another sentence gives the deed's own day.

"The prefect announced today that nine farmers were killed in a raid. Relatives said the raid took
place on Wednesday evening": the first day found dates the announcement; the day told beside the
raid dates the event.
"""

from __future__ import annotations

import bisect
from datetime import date

from eventwatch.extract.dates import DateMention
from eventwatch.resolve.events import Draft
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.report_dates import statement_day

_BESIDE = 8  # tokens between an event word and its day


def _beside_deed(facts: SentenceFacts, mention: DateMention) -> bool:
    starts = facts.token_starts
    at = bisect.bisect_left(starts, mention.start)
    return any(t.start_index - _BESIDE <= at <= t.end_index + _BESIDE for t in facts.live_triggers)


def deed_day(draft: Draft) -> tuple[date, int] | None:
    """The day to date ``draft`` by instead of its statement day, and the sentence telling it."""
    if draft.date_start is None or draft.date_precision != "day" or not draft.date_sentences:
        return None
    first = draft.date_sentences[0]
    source = next((f for f in draft.sentences if f.sentence.index == first), None)
    if source is None or not statement_day(source.tokens, source.dates, draft.date_start):
        return None
    for facts in draft.sentences:
        if facts is source:
            continue
        for mention in facts.own_dates:
            if mention.value == draft.date_start or mention.is_end:
                continue
            if _beside_deed(facts, mention) and not statement_day(facts.tokens, [mention], mention.value):
                return mention.value, facts.sentence.index
    return None


def dated_by_statement(draft: Draft) -> bool:
    """Whether ``draft``'s day is only the day of a statement about the deed ("said today that"):
    its first dated sentence tells that day right after a verb of saying, and no other of its
    sentences gives a day."""
    if draft.date_start is None or draft.date_precision != "day" or not draft.date_sentences:
        return False
    if any(index != draft.date_sentences[0] for index in draft.date_sentences):
        return False
    source = next((f for f in draft.sentences if f.sentence.index == draft.date_sentences[0]), None)
    return source is not None and statement_day(source.tokens, source.dates, draft.date_start)
