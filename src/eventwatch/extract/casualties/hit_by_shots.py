"""A person told as hit by shots is hurt: "he was hit five times", "the judge was struck by three
bullets", "only two bullets actually hit him".

Reports of shootings often tell the wound only by where and how often the shots hit, never with
"wounded"; each such clause counts one person hurt. The words are data (``hit_by_shots`` in
casualties_en.yaml); a hit that names no shots ("the car was hit by a truck") counts no one, and a
sentence that tells a death leaves the person to the rules that read deaths.
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.words import words
from eventwatch.extract.people import side_of
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_SUBJECT_REACH = 8  # tokens before "was" that may hold the person ("retired general Enrique Ruiz was hit")
_BY_REACH = 4  # tokens from "by" to the shots ("by three stray bullets")
_OBJECT_REACH = 3  # tokens from the verb to the person in "hit the judge"
_ADVERBS = 2  # "only two bullets actually hit him"
_SINGULAR_BE = frozenset({"was", "is"})
_OTHER_REACH = 3  # "the other general", "another guard" open the sentence


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load_yaml("extract/casualties_en.yaml")
    hit = data.get("hit_by_shots") or {}
    out = {name: frozenset(hit.get(name) or []) for name in ("verbs", "projectiles", "counts", "objects")}
    out["subjects"] = words("one_person_pronouns")
    out["died"] = frozenset((data.get("shot_not_hurt") or {}).get("died") or [])
    return out


def hit_by_shots(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """One person hurt for each clause that tells a person hit by shots, when the sentence has told no
    hurt or death of its own (then the hit is a detail of those people)."""
    w = _words()
    if not any(t.lower in w["verbs"] for t in tokens) or any(t.lower in w["died"] for t in tokens):
        return []
    if any(f.effect in ("wounded", "killed") and f.value > 0 for f in figures):
        return []
    found: list[CasualtyFigure] = []
    for k, token in enumerate(tokens):
        if token.lower not in w["verbs"]:
            continue
        span = _passive_hit(tokens, k, w) or _active_hit(tokens, k, w)
        if span is not None:
            start, end, additional = span
            where = (tokens[start].start, tokens[end - 1].end)
            found.append(CasualtyFigure("wounded", 1, 1, 1, None, *where, additional=additional))
    return found[:1] if not any(f.additional for f in found) else found


def _passive_hit(tokens: list[Token], verb: int, w: dict[str, frozenset[str]]) -> tuple[int, int, bool] | None:
    """ "<person> was hit five times", "<person> was struck by three bullets"."""
    be = verb - 1
    while be >= 0 and tokens[be].lower.endswith("ly"):
        be -= 1
    if be < 1 or tokens[be].lower not in _SINGULAR_BE:
        return None
    after = [t.lower for t in tokens[verb + 1 : verb + 1 + _BY_REACH + 1]]
    by_shots = bool(after) and after[0] == "by" and any(word in w["projectiles"] for word in after[1:])
    counted = any(word in w["counts"] for word in after[:3])  # "hit five times", "hit twice"
    if not (by_shots or counted):
        return None
    first = max(0, be - _SUBJECT_REACH)
    side, where = side_of(tokens, first, be)
    if tokens[be - 1].lower in w["subjects"]:
        where = be - 1
    elif side is None or where is None:
        return None
    # "the other colonel hurt in the ambush, retired colonel X, was hit": one besides the person
    # told before, named where the sentence opens
    opening = [t.lower for t in tokens[: min(be, _OTHER_REACH)]]
    other = opening[:2] == ["the", "other"] or opening[:1] == ["another"]
    return where, verb + 1, other


def _active_hit(tokens: list[Token], verb: int, w: dict[str, frozenset[str]]) -> tuple[int, int, bool] | None:
    """ "three bullets struck him", "a bullet hit the guard in the neck"."""
    shots = verb - 1
    while shots >= 0 and verb - shots <= _ADVERBS and tokens[shots].lower.endswith("ly"):
        shots -= 1
    if shots < 0 or tokens[shots].lower not in w["projectiles"]:
        return None
    if verb + 1 < len(tokens) and tokens[verb + 1].lower in w["objects"]:
        return shots, verb + 2, False
    if verb + 2 < len(tokens) and tokens[verb + 1].lower == "the":
        side, where = side_of(tokens, verb + 2, min(len(tokens), verb + 2 + _OBJECT_REACH))
        if side is not None and where is not None and not tokens[where].lower.endswith("s"):
            return shots, where + 1, False
    return None


def told_by_hit(tokens: list[Token], figure: CasualtyFigure) -> bool:
    """Whether ``figure`` is a hurt this module read ("he was hit four times", "two bullets struck him"),
    so that resolve/shot_dead.py can tell it from the dead as it does a hurt told by "shot"."""
    if figure.effect != "wounded" or figure.value != 1:
        return False
    inside = [t for t in tokens if figure.start <= t.start < figure.end]
    if not inside:
        return False
    w = _words()
    return inside[-1].lower in w["verbs"] or (inside[0].lower in w["projectiles"] and len(inside) > 1)
