"""A person told hurt who dies of it on another day: "Union leader X was shot last night ... X died
early this morning", "A Dutch engineer died this morning ... the engineer was shot last night". The
death is the shooting's toll, not another incident: one record, on the day of the shooting, with the
person among the dead and not the hurt."""

from __future__ import annotations

from dataclasses import replace

from eventwatch.extract.casualties import CasualtyFigure
from eventwatch.extract.casualties.hurt_died_later import takes_out_of_hurt
from eventwatch.extract.casualties.names import is_name_word
from eventwatch.extract.people import side_of
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.text.tokens import Token

# the verb after a lone victim, pronouns and articles (grammar, kept in code)
_AFTER_VICTIM = frozenset({"was", "is", "died", "dies"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "them", "him", "her", "one", "another", "this", "that", "who"})
_ARTICLES = frozenset({"the", "a", "an"})
_REACH = 5  # words back from the noun to its article ("the Dutch engineer")


def died_of_told_hurt(sentences: list[SentenceFacts], facts: SentenceFacts) -> bool:
    """Whether ``facts`` tells only the death of one person ``sentences`` tell hurt."""
    key = _lone_key(facts, "killed")
    return key is not None and any(_same(key, other) for other in _keys(sentences, "wounded"))


def died_of_told_hurt_group(sentences: list[SentenceFacts], facts: SentenceFacts) -> bool:
    """Whether ``facts`` tells only deaths among hurt people ``sentences`` counted ("Eight people were
    wounded ... One of the wounded died that night"): the deaths are the same deed's toll."""
    told = facts.casualties
    if not told or not all(f.effect == "killed" and f.additional for f in told):
        return False
    if not takes_out_of_hurt(facts.tokens):
        return False
    dead = sum(f.value for f in told)
    return any(f.effect == "wounded" and f.value >= dead for other in sentences for f in other.casualties)


def hurt_group_recounts(
    sentences: list[SentenceFacts], figures: list[tuple[int, CasualtyFigure]]
) -> list[tuple[int, CasualtyFigure]]:
    """``figures`` where a death among "the wounded" that no earlier sentence counted as hurt ("Two
    rebels were killed ... Two of the wounded rebels died later in hospital") is no death besides the
    dead told before: it may retell them."""
    tokens = {s.sentence.index: s.tokens for s in sentences}
    out = []
    for i, figure in figures:
        if figure.effect == "killed" and figure.additional and takes_out_of_hurt(tokens[i]):
            hurt = any(f.effect == "wounded" and j < i and f.value >= figure.value for j, f in figures)
            if not hurt:
                figure = replace(figure, additional=False)
        out.append((i, figure))
    return out


def hurt_of_told_dead(sentences: list[SentenceFacts], facts: SentenceFacts) -> bool:
    """Whether ``facts`` tells only the hurt of the one person ``sentences`` tell dead."""
    key = _lone_key(facts, "wounded")
    if key is None:
        return False
    dead = [f for s in sentences for f in s.casualties if f.effect == "killed" and f.value > 0]
    return bool(dead) and all(f.value == 1 for f in dead) and any(_same(key, o) for o in _keys(sentences, "killed"))


def without_hurt_who_died(
    sentences: list[SentenceFacts], figures: list[tuple[int, CasualtyFigure]]
) -> list[tuple[int, CasualtyFigure]]:
    """``figures`` less the hurt of a person another sentence of the record tells dead."""
    tokens = {s.sentence.index: s.tokens for s in sentences}
    dead = [(i, person_key(tokens[i], f)) for i, f in figures if f.effect == "killed" and f.value == 1]
    dropped = []
    for i, figure in figures:
        if figure.effect != "wounded" or figure.value != 1:
            continue
        key = person_key(tokens[i], figure)
        if key is not None and any(k is not None and j != i and _same(key, k) for j, k in dead):
            dropped.append((i, figure))
    return [pair for pair in figures if pair not in dropped] if dropped else figures


def _lone_key(facts: SentenceFacts, effect: str) -> tuple[str, str] | None:
    if len(facts.casualties) != 1:
        return None
    figure = facts.casualties[0]
    if figure.effect != effect or figure.value != 1 or figure.is_total:
        return None
    return person_key(facts.tokens, figure)


def _keys(sentences: list[SentenceFacts], effect: str) -> list[tuple[str, str]]:
    keys = []
    for facts in sentences:
        for figure in facts.casualties:
            if figure.effect == effect and figure.value == 1:
                key = person_key(facts.tokens, figure)
                if key is not None:
                    keys.append(key)
    return keys


def _same(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """One person: the same surname, or the same people noun told again with "the"."""
    if one[0] != other[0]:
        return False
    if "name" in (one[1], other[1]):
        return one[1] == other[1]
    return "the" in (one[1], other[1])


def person_key(tokens: list[Token], figure: CasualtyFigure) -> tuple[str, str] | None:
    """The word that names the lone victim of ``figure`` right before "was" or "died" and how: a
    surname ("name"), or a people noun after "the" or "a" ("the engineer was shot")."""
    inside = [k for k, t in enumerate(tokens) if figure.start <= t.start < figure.end]
    if not inside:
        return None
    # the verb inside the figure ("X was shot") or right after it ("a Dutch engineer | died")
    span = range(inside[0], min(len(tokens), inside[-1] + 2))
    be = next((k for k in span if tokens[k].lower in _AFTER_VICTIM), None)
    if be is None or be == 0 or not tokens[be - 1].text.isalpha():
        return None
    word = tokens[be - 1]
    if word.lower in _PRONOUNS:
        return None
    if side_of(tokens, be - 1, be)[0] not in (None, "unspecified"):
        back = range(be - 2, max(-1, be - 2 - _REACH), -1)
        article = next((tokens[k].lower for k in back if tokens[k].lower in _ARTICLES), None)
        if article is None:
            return None
        return word.lower, "a" if article in ("a", "an") else "the"
    return (word.lower, "name") if is_name_word(word) else None
