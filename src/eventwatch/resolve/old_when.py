"""A deed told in a "when" clause right after a date long past.

"The uprising began on 4 May 1981, when rebels burned the town hall", "the pardon covers those who
stormed the court in June 1984, when 40 people died": the clause tells what happened on that date, so
its deed is as old as the date, whatever other day the sentence tells ("the police are on alert
today to stop the anniversary attacks the rebels began on 4 May 1981, when ...").
"""

from __future__ import annotations

import bisect
from functools import cache

from eventwatch.extract.dates import DateMention
from eventwatch.extract.triggers import Trigger
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_CLAUSE_ENDS = frozenset({",", ";", ":", "--"})
# a headline and a standfirst may come before a report's lead, and a feature may lead with a deed long
# past ("a busy market day ended on 12 March 2021, when gunmen ..."): that deed is its news
_LEAD_PARAGRAPHS = 2


@cache
def _openers() -> frozenset[str]:
    return frozenset(load_yaml("extract/assertion_en.yaml")["time_clause_openers"])


def told_when_long_before(tokens: list[Token], old: list[DateMention], triggers: list[Trigger], paragraph: int) -> bool:
    """Whether, past a report's lead (``paragraph``: the sentence's), an ``old`` date (long before the
    report, written with its year) is followed by a comma and "when", and every event word of
    ``triggers`` stands in that clause or in the clause the date itself ends ("stormed the court in
    June 1984, when ...": the storming is of that date too)."""
    if not triggers or not old or paragraph <= _LEAD_PARAGRAPHS:
        return False
    starts = [t.start for t in tokens]
    openers = _openers()
    for mention in old:
        at = bisect.bisect_left(starts, mention.end)
        if at + 1 < len(tokens) and tokens[at].text == "," and tokens[at + 1].lower in openers:
            opened = max((k for k in range(at) if tokens[k].text in _CLAUSE_ENDS), default=-1)
            return all(t.start_index > opened for t in triggers)
    return False
