"""People listed after a count with a comma: "seven persons, five villagers and two policemen,
were killed" breaks the seven down, but "killed five monks, a cook and her son" lists more people
beside the five. A breakdown adds up to the count it breaks down; a list that falls short of it
names others."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.text.tokens import Token

# what may stand between the items of a list, and the words that tell an item as a share of the
# count before it ("five of them children", "a guard among them") (grammar, kept in code)
_LIST_GLUE = frozenset({",", "and"})
_SHARE_WORDS = frozenset({"of", "among", "including"})
# after a lone item: a comma closes an aside that names the counted ("killed two people, a guard,
# in the raid"); a verb makes the item a clause's subject ("9 soldiers, 5 rebels were also killed",
# "5 rebels died")
_AFTER_LONE = frozenset({",", "who", "were", "was", "are", "is", "had", "have", "has"})
_AFTER_REACH = 3


def listed_beside(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """``figures`` with the shares told right after a count by a comma made people besides it when
    they add up to less than the count."""
    ordered = sorted(figures, key=lambda f: f.start)
    freed: set[int] = set()
    for k, head in enumerate(ordered):
        if head.is_part or head.is_total or head.vague:
            continue
        run: list[CasualtyFigure] = []
        end = head.end
        for figure in ordered[k + 1 :]:
            glue = [t for t in tokens if end <= t.start < figure.start]
            if not figure.is_part or figure.effect != head.effect or not glue:
                break
            if any(t.lower not in _LIST_GLUE and t.text not in _LIST_GLUE for t in glue):
                break
            if not run and glue[0].text != ",":
                break  # the breakdown opens with a comma right after the count
            run.append(figure)
            end = figure.end
        if (
            run
            and sum(f.value for f in run) < head.value
            and not any(f.vague or _told_as_share(tokens, f) for f in run)
            and not _aside_or_clause(tokens, run)
        ):
            freed.update(id(f) for f in run)
    if not freed:
        return figures
    return [replace(f, is_part=False) if id(f) in freed else f for f in figures]


def _told_as_share(tokens: list[Token], figure: CasualtyFigure) -> bool:
    """Whether a share word stands inside ``figure`` or right after it."""
    inside = [k for k, t in enumerate(tokens) if figure.start <= t.start < figure.end]
    after = inside[-1] + 1 if inside else len(tokens)
    words = {tokens[k].lower for k in inside} | ({tokens[after].lower} if after < len(tokens) else set())
    return bool(words & _SHARE_WORDS)


def _aside_or_clause(tokens: list[Token], run: list[CasualtyFigure]) -> bool:
    """Whether the items after the count may still name the counted: the list goes on with people
    told without a number ("two volunteers, a Briton and Dane"), or a lone item closes an aside or
    opens a clause ("5 rebels died")."""
    after = [k for k, t in enumerate(tokens) if t.start >= run[-1].end][:_AFTER_REACH]
    if after and tokens[after[0]].lower == "and":
        return True
    if len(run) != 1:
        return False
    passive = lexicon().passive
    return any(tokens[k].lower in _AFTER_LONE or passive.match_at(tokens, k) is not None for k in after)
