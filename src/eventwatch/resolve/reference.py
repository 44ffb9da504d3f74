"""A record told only by naming a deed the report dates elsewhere.

"The minister today denied the charges that blame officers for the murder of the six priests": every
event word of the record names a deed already known ("the murder of ..."), and no day is told beside
one; its day is the statement's or the report's. When the report tells that deed with a day of its
own ("the six priests were killed on 16 November"), the in-document fusion joins the two
(``fuse._fold_references``).
"""

from __future__ import annotations

import bisect

from eventwatch.extract.dates import DateMention
from eventwatch.resolve.events import Draft
from eventwatch.resolve.facts import SentenceFacts

_BESIDE = 8  # tokens between an event word and a day told for it


def _beside_deed(facts: SentenceFacts, mention: DateMention) -> bool:
    at = bisect.bisect_left(facts.token_starts, mention.start)
    return any(t.start_index - _BESIDE <= at <= t.end_index + _BESIDE for t in facts.live_triggers)


def named_only(draft: Draft) -> bool:
    """Whether every sentence telling ``draft``'s deed names it as one already known ("the murder of",
    "the attack", "the massacre of 16 November") rather than telling it ("were killed on ...")."""
    told = [f for f in draft.sentences if f.live_triggers]
    return bool(told) and all(f.definite for f in told)


def told_as_reference(draft: Draft) -> bool:
    """Whether ``draft`` is only named (``named_only``) and none of its sentences tells a day of the
    deed beside its event word (a statement's day does not count)."""
    if draft.background or not named_only(draft):
        return False
    told = [f for f in draft.sentences if f.live_triggers]
    return not any(_beside_deed(f, d) for f in told for d in f.own_dates if all(d is not said for said in f.said_on))
