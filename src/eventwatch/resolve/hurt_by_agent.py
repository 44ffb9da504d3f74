"""People who hurt others, told with an active verb ("several men wounded a watchman"), did a deed.

A sentence with no event word that counts hurt people is usually the toll of the deed told before it
("Seven guards were injured."), but one whose hurt have an agent of their own, people named as the
subject of an active "wounded"/"injured", tells an attack: read with no deed of its own it would be
folded into the record before it as that record's wounded. "The blast wounded two" names an event
word and never gets here; "three soldiers wounded in an ambush" counts the hurt before the verb, so
no subject acts on them.
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties import CasualtyFigure
from eventwatch.extract.people import side_of
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

# how far before the verb the agent's people noun may stand ("several armed men", "two unidentified men")
_AGENT_WINDOW = 3
# how far after the verb the count of the hurt may start ("wounded a night watchman")
_OBJECT_WINDOW = 3


@cache
def _verbs() -> frozenset[str]:
    # the active forms the casualty readers already know ("wounding", "injured"), one word each
    active = load_yaml("extract/casualties_en.yaml")["effects"]["wounded"]["active"]
    return frozenset(v for v in active if " " not in v)


@cache
def _auxiliaries() -> frozenset[str]:
    # "were wounded", "had been injured": the verb is passive, its subject the hurt, not an agent
    return frozenset(load_yaml("extract/casualties_en.yaml")["auxiliaries"])


def hurt_by_agent(tokens: list[Token], casualties: list[CasualtyFigure]) -> bool:
    """Whether people named right before an active "wounded"/"injured" hurt those counted right after it."""
    hurt_starts = [c.start for c in casualties if c.effect == "wounded" and c.value > 0]
    if not hurt_starts:
        return False
    for k, token in enumerate(tokens):
        if token.lower not in _verbs() or k == 0 or tokens[k - 1].lower in _auxiliaries():
            continue
        after = tokens[k + 1 : k + 1 + _OBJECT_WINDOW]
        if not after or not any(after[0].start <= s <= after[-1].start for s in hurt_starts):
            continue
        side, where = side_of(tokens, max(0, k - _AGENT_WINDOW), k)
        if side is not None and side != "unspecified" and where is not None:
            return True
    return False
