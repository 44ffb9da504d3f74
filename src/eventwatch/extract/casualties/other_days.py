"""Counts of one effect told in one sentence beside two different days are the tolls of two deeds, not
one toll: "a month ago a judge was killed and a mayor was killed yesterday", "six guards were killed on
Monday by gunmen suspected of killing four farmers last week". Adding them up would give either deed the
other's dead; the sentence keeps the larger day's count and drops the other day's, as the deaths of an
earlier deed named by "days after a ..." are dropped."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.words import words
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_DAYS = words("own_days")
_LAST = words("own_day_last")
_REACH = 12  # tokens between a count and the day told for it
# "the army said on Monday": the day of a statement is no day of a deed (reporting_en.yaml)
_REPORTING = load_yaml("extract/reporting_en.yaml")
_SAYING = frozenset(_REPORTING["verbs"])
_BETWEEN = frozenset(_REPORTING["between"]) | {"on"}


def _said_on(tokens: list[Token], k: int) -> bool:
    j = k - 1
    while j >= 0 and tokens[j].lower in _BETWEEN:
        j -= 1
    return j >= 0 and tokens[j].lower in _SAYING


def _day_phrases(tokens: list[Token]) -> list[tuple[int, str]]:
    """Where days are told in the sentence, each with a key that tells the days apart."""
    found = []
    for k, token in enumerate(tokens):
        word = token.lower
        if word in _DAYS and _said_on(tokens, k):
            continue
        if word in _DAYS:
            found.append((k, word))
        elif word == "ago" and k >= 2:
            found.append((k, " ".join(t.lower for t in tokens[k - 2 : k + 1])))
        elif word == "last" and k + 1 < len(tokens) and tokens[k + 1].lower in _LAST:
            found.append((k, "last " + tokens[k + 1].lower))
    return found


def other_days(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    days = _day_phrases(tokens)
    if len({key for _, key in days}) < 2:
        return figures
    index = {t.start: k for k, t in enumerate(tokens)}
    dropped: set[int] = set()
    for effect in ("killed", "wounded"):
        told = [f for f in figures if f.effect == effect and f.value > 0]
        if len(told) < 2 or any(f.is_part or f.is_total or f.additional for f in told):
            continue  # shares, totals and people told besides say how the counts go together
        by_day: dict[str, list[CasualtyFigure]] = {}
        for figure in told:
            at = index.get(figure.start)
            if at is None:
                continue
            distance, key = min((abs(k - at), key) for k, key in days)
            if distance <= _REACH:
                by_day.setdefault(key, []).append(figure)
        if len(by_day) < 2:
            continue
        kept = max(by_day.values(), key=lambda group: sum(f.value for f in group))
        dropped.update(id(f) for group in by_day.values() if group is not kept for f in group)
    return [f for f in figures if id(f) not in dropped]
