"""A casualty figure: how many people suffered which effect, on which side, where the text says so.

Kept apart so that every reader of figures (the sentence finder, victims.py, named_victims.py, resolve/)
shares one record type and one way of building it from a number and the people it counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from eventwatch.extract.actors import group_kind_at
from eventwatch.extract.casualties.words import words
from eventwatch.extract.nationality import names_people
from eventwatch.extract.people import side_of
from eventwatch.model import ARMED_GROUP_KINDS, STATE_KINDS
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import NumberPhrase
from eventwatch.text.tokens import Token

# the record's casualty fields (schema names, not words of the text)
EFFECTS = ("killed", "wounded", "kidnapped")


@dataclass(frozen=True, slots=True)
class CasualtyFigure:
    effect: str  # killed | wounded | kidnapped
    value: int
    low: int | None
    high: int | None
    side: str | None  # perpetrators | security_forces | civilians | None
    start: int
    end: int
    is_total: bool = False  # a toll for the whole event ("claimed 25 lives", "death toll rose to")
    is_part: bool = False  # a share of the figure before it ("including 18 of the attackers")
    vague: bool = False
    additional: bool = False  # people besides those already counted ("10 other people were also injured")


def _bounds(number: NumberPhrase) -> tuple[int | None, int | None]:
    if number.vague or number.qualifier == "low":
        return number.value, None
    if number.qualifier == "high":
        return None, number.value
    return number.value, number.value


def make_figure(effect: str, number: NumberPhrase, tokens: list[Token], np_end: int, **flags: bool) -> CasualtyFigure:
    side, where = side_of(tokens, number.end_index, np_end)
    if side in (None, "civilians"):
        side = _side_of_group(tokens, number.end_index, np_end, where) or side
    if side is None:
        side = _side_of_owner(tokens, number.start_index)
    if flags.get("is_total") or side == "unspecified":
        side = None
    low, high = _bounds(number)
    window = tokens[max(0, number.start_index - 1) : np_end]
    # "more than 30 people": a bound on the count, not people besides others ("30 more people")
    words = {t.lower for k, t in enumerate(window) if not _comparative(window, k)}
    # "ten other people were also injured", "five more died": besides those counted before; a bare
    # "others" mostly sets a group apart inside its own sentence ("killed 8 and injured 31 others")
    also = any(t.lower == "also" for t in tokens[np_end : np_end + 9])
    additional = bool(words & _MORE) or (also and bool(words & OTHER_PEOPLE)) or _also_in_verb(tokens, np_end)
    return CasualtyFigure(
        effect=effect,
        value=number.value,
        low=low,
        high=high,
        side=side,
        start=tokens[number.start_index].start,
        end=tokens[max(np_end, number.end_index) - 1].end,
        vague=number.vague,
        additional=additional and not flags.get("is_total"),
        **flags,
    )


# "the militants had three killed", "the insurgents suffered 6 deaths": the subject owns the dead
_OWNING_VERBS = words("owning_verbs")


def _side_of_owner(tokens: list[Token], k: int) -> str | None:
    if k < 2 or tokens[k - 1].lower not in _OWNING_VERBS:
        return None
    side, _ = side_of(tokens, max(0, k - 4), k - 1)
    return side


# "five ISIS members", "ten members of the FARC", "6 deaths of the Syrian Army": nouns that count
# the people of a group, and the word that hangs a group on them
_MEMBER_NOUNS = words("member_nouns")


def _side_of_group(tokens: list[Token], start: int, end: int, noun: int | None) -> str | None:
    """The side of a known group the counted people belong to: its name right before a member noun
    ("20 Islamic State members") or after "of" ("members of Hamas", "deaths of the Islamic State").
    Only a member noun or no people noun at all gives way; "ISIS hostages" stay civilians."""
    if noun is not None and tokens[noun].lower not in _MEMBER_NOUNS:
        return None
    for i in range(start, min(end, len(tokens))):
        found = group_kind_at(tokens, i)
        if found is None:
            continue
        kind, after = found
        before = tokens[i - 1].lower if i > start else ""
        after_of = before == "of" or (before == "the" and i - 2 >= start and tokens[i - 2].lower == "of")
        if not (after_of or (noun is not None and after == noun)):
            return None
        if kind in ARMED_GROUP_KINDS:
            return "perpetrators"
        return "security_forces" if kind in STATE_KINDS else None
    return None


def _comparative(tokens: list[Token], k: int) -> bool:
    return tokens[k].lower in _MORE and k + 1 < len(tokens) and tokens[k + 1].lower == "than"


def _also_in_verb(tokens: list[Token], np_end: int) -> bool:
    """ "two of his bodyguards were also killed": "also" inside the subject's own verb group adds them
    to the victims told before; further on it may belong to another clause ("..., which also destroyed")."""
    for token in tokens[np_end : np_end + 4]:
        if token.lower == "also":
            return True
        if token.lower not in _VERB_GROUP:
            return False
    return False


# auxiliaries, "more" words and "other": grammar, kept in code
_VERB_GROUP = frozenset({"was", "were", "had", "have", "has", "been", "reportedly"})
_MORE = frozenset({"another", "more", "further", "additional"})
OTHER_PEOPLE = frozenset({"other", "others"})


def recount_ones(
    tokens: list[Token], figures: list[CasualtyFigure], size_at: Callable[[list[Token], int], int | None]
) -> list[CasualtyFigure]:
    """Figures the readers counted as one person whose words hold a word for several people ("a
    family of five", "an elderly couple"): ``size_at`` gives the size a word at an index tells, or
    None; the first size above one becomes the figure's count."""
    if not any(f.value == 1 for f in figures):
        return figures  # the cheap test first: only a count of one can be a group read as one
    out = []
    for figure in figures:
        if figure.value == 1 and not figure.is_total:
            for k, token in enumerate(tokens):
                if figure.start <= token.start < figure.end and (size := size_at(tokens, k)) is not None and size > 1:
                    figure = replace(figure, value=size, low=size, high=size)
                    break
        out.append(figure)
    return out


def has_person(tokens: list[Token], start: int, end: int) -> bool:
    if side_of(tokens, start, end)[0] is not None:
        return True
    # "two companions", "four minors": people the actor tables do not list, since they name no side
    if any(tokens[k].lower in _counted_people() for k in range(start, min(end, len(tokens)))):
        return True
    # "one Salvadoran": a demonym as the noun right after the count ("two American helicopters" is no one)
    return end == start + 1 <= len(tokens) and names_people(tokens[start])


@cache
def _counted_people() -> frozenset[str]:
    return frozenset(load_yaml("extract/casualties_en.yaml").get("counted_people") or [])


def as_dict(figure: CasualtyFigure) -> dict:
    return {name: getattr(figure, name) for name in figure.__slots__}
