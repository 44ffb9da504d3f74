"""People counted among the hurt, some of whom then died: "two guards were badly injured, one of
them died at the clinic", "five were wounded, two of whom later died".

The dead among the hurt count as dead, and the hurt as those left alive, as analysts code them (the
wounded who die are deaths of the attack). The partitive after the hurt figure ("one of them", "two of
whom") is otherwise read as a share of the hurt, or not at all. The verbs of dying and the words that
may come before them are ``died_in_care`` in casualties_en.yaml.
"""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.verbs import died_in_care_words
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

_OPENERS = frozenset({",", ";", "and"})
_OF_WHOM = frozenset({"them", "whom"})
_REACH = 4  # tokens from the end of the hurt figure's verb to the partitive ("..., one of them")
_LINKS = 4  # words between the partitive and its verb ("two of whom have since died")


def hurt_who_died(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """``figures`` with the dead told among a hurt figure moved from the hurt to the dead."""
    hurt = [f for f in figures if f.effect == "wounded" and not f.is_part and f.value > 1]
    if not hurt or not any(t.lower in _OF_WHOM for t in tokens):
        return figures
    out = list(figures)
    for figure in hurt:
        found = _dead_among(tokens, figure)
        if found is None:
            continue
        value, start, end = found
        if value >= figure.value:
            continue
        # the partitive's own reading (a share of the hurt, or dead besides them) gives way to this one
        out = [f for f in out if not (start <= f.start < end)]
        index = out.index(figure)
        low = None if figure.low is None else figure.low - value
        high = None if figure.high is None else figure.high - value
        out[index] = replace(figure, value=figure.value - value, low=low, high=high)
        out.insert(index + 1, CasualtyFigure("killed", value, value, value, figure.side, start, end))
    return out


def _dead_among(tokens: list[Token], figure: CasualtyFigure) -> tuple[int, int, int] | None:
    """(how many, start, end) of "one of them died" told right after the hurt figure's clause."""
    links, verbs = died_in_care_words()
    after = next((k for k, t in enumerate(tokens) if t.start >= figure.end), None)
    if after is None:
        return None
    # past the figure's own verb ("were seriously injured") to the opener of the partitive
    k = after
    while k < len(tokens) and tokens[k].lower not in _OPENERS and k - after < 8:
        k += 1
    for m in range(k, min(len(tokens), k + _REACH)):
        if tokens[m].lower not in _OPENERS:
            continue
        number = parse_number(tokens, m + 1)
        if number is None or number.vague:
            continue
        j = number.end_index
        if j + 1 >= len(tokens) or tokens[j].lower != "of" or tokens[j + 1].lower not in _OF_WHOM:
            return None
        n = j + 2
        while (
            n < len(tokens)
            and n - (j + 2) < _LINKS
            and (tokens[n].lower in links or tokens[n].lower.endswith("ly") or tokens[n].lower in _PERFECT)
        ):
            n += 1
        died = verbs.match_at(tokens, n)
        if died is None:
            return None
        return number.value, tokens[number.start_index].start, tokens[died.end_index - 1].end
    return None


_PERFECT = frozenset({"have", "has", "had", "since"})  # "two of whom have since died"
