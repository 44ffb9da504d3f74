"""Some of the hurt told dead in a clause of their own: "One of the injured men died from his burns
nine days on", "two of the wounded policemen have since died", "one of the four injured children has
died", "one of three guards wounded later died". The people were counted among the hurt
before, so the death is one more besides the dead told before (an additional figure), not a recount
of them. The hurt stay as told: reports differ on whether they are still counted among the hurt.
The words for the hurt are ``hurt_groups`` in casualties_en.yaml; the verbs of dying and the words
that may come before them are ``died_in_care``."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.verbs import died_in_care_words
from eventwatch.extract.people import side_of
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

_ARTICLES = frozenset({"the", "those", "these"})
_PERFECT = frozenset({"have", "has", "had", "since"})  # "two of the wounded have since died"
_NOUN_REACH = 2  # words for the people after the hurt word ("the wounded police officers")
_LINKS = 3


@cache
def _hurt_groups() -> frozenset[str]:
    return frozenset(load_yaml("extract/casualties_en.yaml").get("hurt_groups") or [])


def _of_the_hurt(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """For each "of the injured", "of those wounded", "of the four injured", "of three guards
    wounded" (after a word that may count): the index of the "of", where the people's words start
    and where they end (the hurt word and the people nouns it names)."""
    hurt = _hurt_groups()
    found = []
    for k in range(1, len(tokens) - 2):
        if tokens[k].lower != "of":
            continue
        n = k + 1
        article = tokens[n].lower in _ARTICLES
        n += article
        counted = parse_number(tokens, n, allow_article=False) if n < len(tokens) else None
        if counted is not None and not counted.vague:
            n = counted.end_index  # "of the four injured", "of three guards wounded": the group's size
        elif not article:
            continue
        if n < len(tokens) and tokens[n].lower in hurt:
            found.append((k, n, n + 1))  # "of the injured [policemen]": the hurt word first
            continue
        # "of three guards wounded", "of the two young herders injured": the hurt word after the people
        end = next((m for m in range(n, min(len(tokens), n + _NOUN_REACH + 1)) if tokens[m].lower in hurt), None)
        if end is not None and end > n and side_of(tokens, end - 1, end)[0] is not None:
            found.append((k, n, end + 1))
    return found


def takes_out_of_hurt(tokens: list[Token]) -> bool:
    """Whether ``tokens`` name a count taken out of the hurt ("one of the injured")."""
    return bool(_of_the_hurt(tokens))


def hurt_died_later(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """``figures`` with the deaths of people taken out of the hurt ("one of the injured died") told
    as additional deaths, in place of any reading of the same words."""
    out = figures
    for k, people, after in _of_the_hurt(tokens):
        found = _dead_of_hurt(tokens, k, people, after)
        if found is None:
            continue
        figure = found
        if any(f.effect == "wounded" and f.start < figure.start and not f.is_part for f in out):
            continue  # "five were injured and one of the injured died": the sentence's own reader tells it
        out = [f for f in out if not (figure.start <= f.start < figure.end)] + [figure]
    return out


def _dead_of_hurt(tokens: list[Token], k: int, people: int, after: int) -> CasualtyFigure | None:
    """The death told by "N of the injured [people] [later] died" around the "of" at ``k``; the
    people's words run from ``people``, the hurt word ends before ``after``."""
    number = None
    for start in (k - 1, k - 2):
        if start < 0:
            continue
        found = parse_number(tokens, start, allow_article=False)
        if found is not None and found.end_index == k and not found.vague:
            number = found
            break
    if number is None:
        return None
    links, verbs = died_in_care_words()
    n = after
    noun_end = n
    while noun_end < len(tokens) and noun_end - n < _NOUN_REACH and side_of(tokens, noun_end, noun_end + 1)[0]:
        noun_end += 1  # "of the wounded policemen"
    n = noun_end
    start_links = n
    while (
        n < len(tokens)
        and n - start_links < _LINKS
        and (tokens[n].lower in links or tokens[n].lower.endswith("ly") or tokens[n].lower in _PERFECT)
    ):
        n += 1
    died = verbs.match_at(tokens, n)
    if died is None:
        return None
    side = side_of(tokens, people, noun_end)[0] if noun_end > people + 1 else None
    value, end = number.value, died.end_index
    another = _elided_another(tokens, died.end_index)
    if another is not None:
        value, end = value + 1, another + 1  # "one of the wounded died that night and another at dawn"
    figure = CasualtyFigure(
        "killed",
        value,
        value,
        value,
        None if side == "unspecified" else side,
        tokens[number.start_index].start,
        tokens[end - 1].end,
    )
    return replace(figure, additional=True)


def _elided_another(tokens: list[Token], k: int) -> int | None:
    """Index of "another" in "... died that night and another at dawn": one more of the hurt
    died, the verb left out (no verb follows "another" in the sentence)."""
    lex = lexicon()
    for m in range(k, min(len(tokens) - 1, k + 8)):
        if tokens[m].lower == "and" and tokens[m + 1].lower == "another":
            rest = range(m + 2, len(tokens))
            if any(lex.passive.match_at(tokens, n) or lex.active.match_at(tokens, n) for n in rest):
                return None
            if any(tokens[n].lower in lex.aux for n in rest):
                return None
            return m + 1
        if tokens[m].text in (",", ";", "."):
            return None
    return None
