"""Hurt counted as "other" people at the head of a sentence: more than an earlier sentence counted.

"Senator X was shot. ... Two other persons were wounded": the two are more than the senator. Inside
one sentence a bare "others" mostly sets a group apart from the figure before it ("killed 8 and
injured 31 others"), which figure.py reads; here no figure comes before it in its own sentence, so
the people it sets them apart from were told earlier.
"""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import OTHER_PEOPLE, CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.people import side_of
from eventwatch.text.tokens import Token

_REACH = 3  # words after the number where "other" still qualifies the people ("two other persons")


def besides_earlier(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The figures, the sentence's first one marked as more people when it counts "other" people."""
    if not figures:
        return figures
    first = min(figures, key=lambda f: f.start)
    if first.effect != "wounded":
        return figures  # kept to the hurt: the dead are the fatality rules' to read
    if first.additional or first.is_total or first.is_part or first.value <= 0:
        return figures
    opening = next(k for k, t in enumerate(tokens) if t.start >= first.start)
    if _told_before(tokens, opening):
        return figures  # "X and 15 others were killed", "52 cows were killed, several others hurt"
    inside = [t.lower for t in tokens if first.start <= t.start < first.end][: _REACH + 1]
    if not OTHER_PEOPLE & set(inside[1:]):
        return figures
    return [replace(f, additional=True) if f is first else f for f in figures]


def _told_before(tokens: list[Token], opening: int) -> bool:
    """Whether the words before the count name people or a casualty: then its "others" are set apart
    from them, in this sentence."""
    if opening == 0:
        return False
    if side_of(tokens, 0, opening)[0] is not None:
        return True
    lex = lexicon()
    return any(
        table.match_at(tokens, k) is not None for k in range(opening) for table in (lex.passive, lex.active, lex.nouns)
    )
