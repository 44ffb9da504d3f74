"""Counts of a deed the sentence recalls as done before the news: "the two youths had been gunned down
by rebels earlier", "rebels had killed three guards there the week before". A count whose verb is in
the past perfect ("had been killed", "had killed") in a clause that also says the deed came earlier
("earlier", "previously") is that older deed's toll; added to the news it would give the new deed dead
it never caused. "Two men who had been kidnapped earlier were found dead" keeps its count: a plain
"were" after it tells the news."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.verbs import PLAIN_BE
from eventwatch.extract.casualties.words import words
from eventwatch.text.tokens import Token

_EARLIER = words("earlier_adverbs")
_CLAUSE_ENDS = frozenset({",", ";", ":", "--"})  # punctuation, kept in code
_PERFECT = "had"  # grammar: the past perfect's auxiliary
_REACH = 5  # words between an active verb and the count it takes ("had shot dead the two")


def drop_recalled(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    if not figures or not any(t.lower in _EARLIER for t in tokens):
        return figures
    index = {t.start: k for k, t in enumerate(tokens)}
    return [f for f in figures if not _recalled(tokens, index.get(f.start), f.end)]


def _clause(tokens: list[Token], k: int) -> tuple[int, int]:
    start = k
    while start > 0 and tokens[start - 1].text not in _CLAUSE_ENDS:
        start -= 1
    end = k
    while end < len(tokens) and tokens[end].text not in _CLAUSE_ENDS:
        end += 1
    return start, end


def _recalled(tokens: list[Token], k: int | None, end: int) -> bool:
    """Whether the count starting at token ``k`` (its words end at offset ``end``) is told in the past
    perfect in a clause that says its deed came earlier."""
    if k is None:
        return False
    start, close = _clause(tokens, k)
    if not any(t.lower in _EARLIER for t in tokens[start:close]):
        return False
    after = next((m for m in range(k, close) if tokens[m].start >= end), close)
    verb = _active_verb(tokens, k, start)
    if verb is not None:
        # "rebels had killed two guards", but "gunmen killed a guard who had been hurt earlier"
        return verb > start and tokens[verb - 1].lower == _PERFECT
    return _perfect_passive(tokens, max(after, k + 1), close)


def _active_verb(tokens: list[Token], k: int, start: int) -> int | None:
    """Where the active verb of effect that takes the count at ``k`` as its object stands, if any."""
    active = lexicon().active
    for at in range(k - 1, max(start, k - _REACH) - 1, -1):
        if active.match_at(tokens, at) is not None:
            return at
    return None


def _perfect_passive(tokens: list[Token], after: int, close: int) -> bool:
    """ "two youths who had been shot dead": the first auxiliary after the count is "had", its verb
    tells an effect, and neither a plain "was" or "were" nor another verb of effect tells a deed of the
    news later in the clause ("two policemen who had been hurt earlier died today")."""
    aux = next((m for m in range(after, close) if tokens[m].lower == _PERFECT or tokens[m].lower in PLAIN_BE), None)
    if aux is None or tokens[aux].lower != _PERFECT:
        return False
    passive = lexicon().passive
    # "had died", "had been shot dead": the verb right after "had", or after "had been"
    verbs = (passive.match_at(tokens, m) for m in (aux + 1, aux + 2) if m < close)
    verb = next((v for v in verbs if v is not None), None)
    if verb is None:
        return False
    if any(t.lower in PLAIN_BE for t in tokens[aux:close]):
        return False
    return all(passive.match_at(tokens, m) is None for m in range(verb.end_index, close))
