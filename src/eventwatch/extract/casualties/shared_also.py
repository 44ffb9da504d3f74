"""People besides, told of a whole subject: in "two soldiers and a civilian were also wounded" the
"also" of the verb tells that every person of the subject is one more, not only the last one listed
("Three of his guards and a passer-by were also hurt" adds four to the governor hurt before)."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.text.tokens import Token

# what may part two counted people of one subject, and the auxiliaries before "also" (grammar, kept in code)
_JOINS = frozenset({"and", ","})
_AUX = frozenset({"were", "was", "are", "is", "have", "has", "had", "been"})


def shared_also(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The figures with each count joined to an added one in the subject of an "also" verb added too."""
    if not any(f.additional for f in figures):
        return figures  # the cheap test first
    index = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    ordered = sorted(range(len(figures)), key=lambda n: figures[n].start)
    out = list(figures)
    carried: set[int] = set()  # figures marked here: their subject's verb is further on
    for later, earlier in zip(reversed(ordered), reversed(ordered[:-1]), strict=False):
        first, second = out[earlier], out[later]
        if not second.additional or first.additional or first.is_total or first.is_part:
            continue
        if first.effect != second.effect:
            continue
        a, b = ends.get(first.end), index.get(second.start)
        if a is None or b is None or b <= a or not all(t.lower in _JOINS for t in tokens[a + 1 : b]):
            continue
        if later in carried or _also_in_verb(tokens, ends.get(second.end)):
            out[earlier] = replace(first, additional=True)
            carried.add(earlier)
    return out


def _also_in_verb(tokens: list[Token], last: int | None) -> bool:
    """Whether the verb group right after the token ``last`` holds "also" ("were also", "have also been")."""
    if last is None:
        return False
    k = last + 1
    while k < len(tokens) and k - last <= 3:
        if tokens[k].lower == "also":
            return True
        if tokens[k].lower not in _AUX:
            return False
        k += 1
    return False
