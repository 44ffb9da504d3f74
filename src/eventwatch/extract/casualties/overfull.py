"""Shares that do not fit inside their whole are no shares: in "killing two farmers, two
soldiers, and a mayor" the soldiers and the mayor were read as a breakdown of the two farmers (a count
after a comma right after a figure), but five people cannot be a breakdown of two. A breakdown's parts
add up to no more than its whole ("six persons, four farmers and two officers"); when they add up to
more, each is counted as people besides the figure before them."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.text.tokens import Token


def overfull_shares(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The figures with each run of shares told right after a comma ("two workers, two officers") that
    outgrows its exactly counted whole made whole again; shares a marker opens ("including") stay."""
    if not any(f.is_part for f in figures):
        return figures  # the cheap test first: most sentences tell no share at all
    before = {t.start: tokens[k - 1].text for k, t in enumerate(tokens) if k}
    out = list(figures)
    k = 0
    while k < len(out):
        head = out[k]
        end = k + 1
        while end < len(out) and out[end].is_part and out[end].effect == head.effect:
            end += 1
        if (
            end > k + 1
            and exact(head)
            and before.get(out[k + 1].start) == ","
            and sum(f.value for f in out[k + 1 : end]) > head.value
        ):
            out[k + 1 : end] = [replace(f, is_part=False) for f in out[k + 1 : end]]
        k = end
    return out


def exact(figure: CasualtyFigure) -> bool:
    """A whole told exactly ("two workers"), not "at least ten" or "dozens", which any parts may outgrow."""
    return not figure.is_part and not figure.vague and figure.low == figure.value == figure.high
