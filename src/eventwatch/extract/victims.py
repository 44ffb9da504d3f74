"""Groups of victims told without their number, and the number the report gives them elsewhere.

"Four Dutch nuns were murdered on 3 May. ... the inquiry into the murder of the Dutch
nuns": the second sentence counts four, a number only the first one tells. One sentence at a time
cannot know it; the document's pass (``resolve.facts.fill_group_counts``) pairs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.extract.people import people_table, side_of
from eventwatch.extract.phrases import PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

if TYPE_CHECKING:
    from eventwatch.extract.casualties import CasualtyFigure


@dataclass(frozen=True, slots=True)
class Group:
    """People named by a plural noun phrase: with ``value`` when the phrase counts them."""

    words: frozenset[str]  # the phrase's words, singular ("jesuit", "priest")
    head: str
    value: int | None
    effect: str | None  # what the sentence says befell them, for a group without its number
    side: str | None
    start: int
    end: int


@dataclass(frozen=True)
class _Words:
    deeds: PhraseTable[str]  # "the murder of", "killed": the group follows
    passive: PhraseTable[str]  # "were killed": the group comes before
    determiners: frozenset[str]
    aux: frozenset[str]
    generic: frozenset[str]
    modifiers: int


@cache
def _words() -> _Words:
    data = load_yaml("extract/casualties_en.yaml")
    groups = data["groups"]
    effects = data["effects"]
    return _Words(
        deeds=PhraseTable((w, e) for e in ("killed", "wounded") for w in groups["deeds"][e]),
        passive=PhraseTable((w, e) for e in ("killed", "wounded") for w in effects[e]["passive"]),
        determiners=frozenset(groups["determiners"]),
        aux=frozenset(data["auxiliaries"]),
        generic=frozenset(groups["generic"]),
        modifiers=int(groups["modifiers"]),
    )


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _plural_people(tokens: list[Token], start: int) -> tuple[int, str | None] | None:
    """Index just past a plural people noun that ends a short noun phrase starting at ``start``."""
    words = _words()
    for end in range(start + 1, min(len(tokens), start + words.modifiers + 1) + 1):
        last = tokens[end - 1]
        if not last.text.isalpha():
            return None
        side, where = side_of(tokens, end - 1, end)
        if side is not None and where == end - 1 and last.lower.endswith("s"):
            return end, side
    return None


def _group(tokens: list[Token], start: int, end: int, value: int | None, effect: str | None, side) -> Group:
    stems = frozenset(_singular(t.lower) for t in tokens[start:end] if t.text.isalpha())
    return Group(stems, _singular(tokens[end - 1].lower), value, effect, side, tokens[start].start, tokens[end - 1].end)


def find_groups(tokens: list[Token]) -> list[Group]:
    """Counted groups ("six Jesuit priests") and uncounted victims ("the murder of the Jesuits",
    "the priests were killed") in one sentence."""
    words = _words()
    found: list[Group] = []
    i = 0
    while i < len(tokens):
        number = parse_number(tokens, i, allow_article=False)
        if number is not None and not number.vague and number.value >= 2:
            noun = _plural_people(tokens, number.end_index)
            if noun is not None and noun[1] != "unspecified":
                end, side = noun
                found.append(_group(tokens, number.end_index, end, number.value, None, side))
                i = end
                continue
        i += 1
    for match in words.deeds.find_all(tokens):
        k = match.end_index
        if k < len(tokens) and tokens[k].lower in words.determiners:
            noun = _plural_people(tokens, k + 1)
            if noun is not None and noun[1] != "unspecified":
                found.append(_group(tokens, k + 1, noun[0], None, match.payload, noun[1]))
    for k, token in enumerate(tokens):
        if token.lower not in words.determiners or (k and tokens[k - 1].lower in ("of", "to", "by", "with")):
            continue
        noun = _plural_people(tokens, k + 1)
        if noun is None or noun[1] == "unspecified":
            continue
        end, side = noun
        j = end
        if j >= len(tokens) or tokens[j].lower not in ("were", "have", "had"):
            continue
        while j < len(tokens) and tokens[j].lower in words.aux and j - end < 3:
            j += 1
        passive = words.passive.match_at(tokens, j)
        if passive is not None:
            found.append(_group(tokens, k + 1, end, None, passive.payload, side))
    return found


def size_of(group: Group, counted: list[Group]) -> int | None:
    """The number a report gives the same people elsewhere: one value, or the one told most often."""
    words = _words()
    tally: dict[int, int] = {}
    for other in counted:
        if other.value is None:
            continue
        same_head = other.head == group.head or other.head in group.words or group.head in other.words
        if same_head and other.head not in words.generic and group.head not in words.generic:
            tally[other.value] = tally.get(other.value, 0) + 1
    if not tally:
        return None
    best = max(tally.values())
    values = [v for v, n in tally.items() if n == best]
    return values[0] if len(values) == 1 else None


_BESIDES = frozenset({"and", "also", "another", "other", "others", "while", "whereas", ";"})


def drop_repeated_victims(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "the assassination of Senator Galan, the Liberal candidate who was gunned down", "the body of
    deputy Montoya lies in the assembly where the party leader was assassinated": a definite title
    after one person already counted in the sentence names that person again."""
    dropped: list[CasualtyFigure] = []
    for figure in sorted(figures, key=lambda f: f.start):
        earlier = [
            f
            for f in figures
            if f.effect == figure.effect and f.value == 1 and f.end <= figure.start and f not in dropped
        ]
        if figure.value == 1 and earlier and _definite_title_before_verb(tokens, figure, earlier[-1]):
            dropped.append(figure)
    return [f for f in figures if f not in dropped] if dropped else figures


def _definite_title_before_verb(tokens: list[Token], figure: CasualtyFigure, earlier: CasualtyFigure) -> bool:
    inside = [k for k, t in enumerate(tokens) if figure.start <= t.start < figure.end]
    verb = next((k for k in inside if tokens[k].lower in ("was", "is")), None)
    if verb is None:
        return False
    head = verb - 1 if tokens[verb - 1].lower != "who" else verb - 2
    if head < 1 or people_table().match_at(tokens, head) is None or tokens[head].lower.endswith("s"):
        return False
    the = next((k for k in range(head - 1, max(-1, head - 5), -1) if not tokens[k].text.isalpha()), None)
    start = next((k for k in range(head - 1, max(-1, head - 5), -1) if tokens[k].lower == "the"), None)
    if start is None or (the is not None and the > start):
        return False  # "the" must open the description, with only words up to its noun
    between = [t.lower for t in tokens if earlier.start <= t.start < figure.end]
    return not any(w in _BESIDES for w in between)


def skip_comma_aside(tokens: list[Token], k: int) -> int:
    """Past a short aside between commas right after a deed ("murdered, at gunpoint, a soldier")."""
    if k >= len(tokens) or tokens[k].text != ",":
        return k
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in _aside_openers():
        return k  # "killed, wounded or captured", "injured, including ...": no aside
    close = next((m for m in range(k + 1, min(len(tokens), k + 6)) if not tokens[m].text.isalpha()), None)
    if close is None or tokens[close].text != ",":
        return k
    return close + 1


@cache
def _aside_openers() -> frozenset[str]:
    return frozenset(load_yaml("extract/casualties_en.yaml")["deed_asides"])


_PERFECT = frozenset({"has", "have"})


def drop_records(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "the group has killed several people", "guerrillas who have killed many judges": a vague count
    after a perfect tense tells what the killers have done over time, not this event's toll."""
    kept = []
    for figure in figures:
        at = next((k for k, t in enumerate(tokens) if t.start >= figure.start), None)
        if figure.vague and at is not None and at >= 2 and _perfect_deed_before(tokens, at):
            continue
        kept.append(figure)
    return kept if len(kept) < len(figures) else figures


def _perfect_deed_before(tokens: list[Token], at: int) -> bool:
    deed = _words().deeds.match_at(tokens, at - 1)
    if deed is None or deed.end_index != at:
        return False
    return any(tokens[k].lower in _PERFECT for k in range(max(0, at - 3), at - 1))
