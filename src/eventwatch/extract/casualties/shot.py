"""People told as "shot": hurt, unless the shots missed them or the sentence tells that they died.

"Two men were shot in the legs" counts two hurt; "he was shot at five times" counts no one, and
"the judge died after he was shot" or "he was shot six times and died" counts a death, not a wound
(the death is read by the other rules). The words are data: ``shot_not_hurt`` in casualties_en.yaml.
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.verbs import FORMS_OF_BE, object_follows
from eventwatch.extract.casualties.words import words
from eventwatch.extract.people import side_of
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_SHOT = "shot"
_REACH = 8  # tokens from the end of the counted people to their verb ("were reportedly shot")


@cache
def _guards() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/casualties_en.yaml").get("shot_not_hurt") or {}
    return frozenset(data.get("missed") or []), frozenset(data.get("died") or [])


@cache
def _hit_ranges() -> frozenset[str]:
    return frozenset((load_yaml("extract/casualties_en.yaml").get("shot_not_hurt") or {}).get("hit_ranges") or [])


def without_unhurt_shot(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The figures less those hurt only by a "shot" that missed them or that the sentence says killed."""
    if not any(t.lower == _SHOT for t in tokens):
        return figures
    missed, died = _guards()
    deadly = any(t.lower in died for t in tokens)
    return [f for f in figures if not _unhurt(tokens, f, missed, deadly)]


def shot_dead_object(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "a policeman shot him dead", "a soldier shot the attacker dead": one person killed, told between
    "shot" and "dead" (a count there, "shot two guards dead", is read by the number rules)."""
    if any(f.effect == "killed" for f in figures):
        return []
    for k, token in enumerate(tokens):
        if token.lower != _SHOT or _after_be(tokens, k):
            continue
        reach = range(k + 2, min(len(tokens), k + 2 + _OBJECT_WORDS))
        dead = next((m for m in reach if tokens[m].lower == "dead"), None)
        if dead is None:
            continue
        between = tokens[k + 1 : dead]
        lone = len(between) == 1 and between[0].lower in _ONE_PERSON
        side, where = side_of(tokens, k + 1, dead)
        named = between[0].lower in _DEFINITE and where == dead - 1 and not tokens[where].lower.endswith("s")
        if lone or named:
            victim_side = None if side in (None, "unspecified") else side
            return [CasualtyFigure("killed", 1, 1, 1, victim_side, token.start, tokens[dead].end)]
    return []


_OBJECT_WORDS = 4  # "shot the lone attacker dead"
# pronouns and determiners (grammar, kept in code)
_ONE_PERSON = frozenset({"him", "her"})
_DEFINITE = frozenset({"the", "a", "an", "his", "her", "their"})


def told_by_shot(tokens: list[Token], figure: CasualtyFigure) -> bool:
    """Whether the hurt of ``figure`` is told only by a passive "shot" ("the judge was shot")."""
    if figure.effect != "wounded":
        return False
    verb = _effect_word(tokens, figure)
    if verb is None or tokens[verb].lower != _SHOT or not _after_be(tokens, verb):
        return False
    # "was shot and wounded", "shot twice and critically injured": the wound is told in words of its own
    return not _effect_follows(tokens, verb, "wounded")


def _unhurt(tokens: list[Token], figure: CasualtyFigure, missed: frozenset[str], deadly: bool) -> bool:
    if figure.effect != "wounded":
        return False
    verb = _effect_word(tokens, figure)
    if verb is None or tokens[verb].lower != _SHOT:
        return False
    if object_follows(tokens, verb + 1) and not _after_be(tokens, verb):
        return False  # "stabbed a guard who shot the attacker": the guard's hurt is told by "stabbed"
    if _effect_follows(tokens, verb, "killed"):
        return True  # "was shot, stabbed and killed": a death
    if not deadly and _effect_follows(tokens, verb, "wounded"):
        return False  # "were shot at close range and seriously wounded": the wound is told in its own words
    after = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    ranged = verb + 2 < len(tokens) and tokens[verb + 2].lower in _hit_ranges()  # "shot at point-blank range"
    return (
        deadly
        or (after in missed and not ranged)
        or not _after_be(tokens, verb)
        or _stopped_by_force(tokens, verb, figure)
    )


_CLAUSE_REACH = 12  # "were shot at short range by the alleged rebels and were badly hurt"


def _effect_follows(tokens: list[Token], verb: int, effect: str) -> bool:
    """Whether "and" then a word of ``effect`` follow "shot" in its clause ("shot ... and were seriously
    wounded", "shot, stabbed and killed")."""
    lex = lexicon()
    for k in range(verb + 1, min(len(tokens), verb + _CLAUSE_REACH)):
        if tokens[k].text in (";", ":"):
            return False
        if tokens[k].lower != "and":
            continue
        m = k + 1
        while m < len(tokens) and m - k <= 3 and (tokens[m].lower in lex.aux or tokens[m].lower.endswith("ly")):
            m += 1
        told = lex.passive.match_at(tokens, m)
        if told is not None and told.payload == effect:
            return True
    return False


def _stopped_by_force(tokens: list[Token], verb: int, figure: CasualtyFigure) -> bool:
    """ "the gunman, who was shot by policemen": an attacker shot, or someone the security forces shot who
    is told as neither a civilian nor one of them, is mostly the attacker stopped, not a victim."""
    if figure.side == "perpetrators":
        return True  # "the second gunman was shot in the battle": the attackers stopped are no hurt of the attack
    if figure.side in _VICTIM_SIDES:
        return False
    by = next((k for k in range(verb + 1, min(len(tokens), verb + _BY_REACH)) if tokens[k].lower == "by"), None)
    return by is not None and side_of(tokens, by + 1, min(len(tokens), by + 4))[0] == "security_forces"


# actor categories of the record (codes, not words of the text)
_VICTIM_SIDES = frozenset({"civilians", "security_forces"})
_BY_REACH = 6  # "was shot in the leg by a guard"


def _after_be(tokens: list[Token], verb: int) -> bool:
    """ "were shot", "was badly shot", "after being shot": a passive, not a noun ("one shot was fired")."""
    k = verb - 1
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in _ADVERBS):
        k -= 1  # "were also shot", "was later shot": an adverb between the two
    return k >= 0 and tokens[k].lower in _BE


_BE = FORMS_OF_BE | {"got", "get", "gets"}  # "got shot" is a passive too
_ADVERBS = words("sentence_adverbs")


def _effect_word(tokens: list[Token], figure: CasualtyFigure) -> int | None:
    """Index of the one-word effect that tells the figure's hurt: at its end or after auxiliaries only."""
    last = next((k for k, t in enumerate(tokens) if t.end >= figure.end), None)
    if last is None:
        return None
    lex = lexicon()
    for k in range(last, min(len(tokens), last + _REACH)):
        match = lex.passive.match_at(tokens, k)
        if match is not None:
            return k if match.end_index == k + 1 else None
        if k > last and tokens[k].lower not in lex.aux:
            return None
    return None
