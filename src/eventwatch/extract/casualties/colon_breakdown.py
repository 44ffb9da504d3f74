"""A count a colon breaks down: in "eleven people died in two attacks: eight civilians and a policeman
were killed at a church, and two civilians were killed at a shop" the counts after the colon tell
where and who the eleven were, so they are shares of it, not people besides it. They are shares only
while they fit inside the whole (their sum is no more than it) and none tells people besides
("two more were killed"); a whole told loosely ("dozens", "at least ten") is no whole to fit in."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.overfull import exact
from eventwatch.text.tokens import Token


def colon_shares(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The figures with the counts a colon opens marked as shares of the count of the same effect
    told right before the colon."""
    colons = [t.start for t in tokens if t.text == ":"]
    if not colons or len(figures) < 2:
        return figures  # the cheap test first: most sentences have no colon
    out = list(figures)
    for colon in colons:
        before = [f for f in out if f.end <= colon]
        if not before:
            continue
        whole = max(before, key=lambda f: f.start)  # the count told last before the colon
        if not exact(whole) or whole.is_total:
            continue
        following = [f for f in out if f.start > colon]
        # up to the next colon: a second one opens another breakdown
        following = [f for f in following if not any(colon < c < f.start for c in colons)]
        shares = [f for f in following if f.effect == whole.effect]
        if not shares or any(f.additional or f.is_total or f.is_part for f in shares):
            continue
        if sum(f.value for f in shares) > whole.value:
            continue  # more than the whole: people besides it
        marked = {id(f) for f in shares}
        out = [replace(f, is_part=True) if id(f) in marked else f for f in out]
    return out
