"""People seized are taken captive: "gunmen seized five labourers" tells a kidnapping.

"Seized" is no event word by itself: troops seize weapons, drugs and towns, and the wire copy says so
often. Only when what was seized ends in a word for people ("seized five labourers", "seized the
mayor's two sons", "seized him"), or people were told as seized in the passive ("two engineers were
seized"), is it an abduction. The words are data (resources/extract/held_captive_en.yaml, `seized`).
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.people import people_table
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

# the verbs of seizing (data: held_captive_en.yaml, `seized`), for the stage reader's quick test
SEIZE_WORDS: frozenset[str] = frozenset(load_yaml("extract/held_captive_en.yaml")["seized"]["verbs"])
_POSSESSIVE = frozenset({"'", "’", "'s", "’s"})
_OBJECT_REACH = 6  # words of the object after the verb ("the two young foreign engineers")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("extract/held_captive_en.yaml")["seized"]
    return frozenset(data["pronouns"]), frozenset(data["breaks"]), frozenset(data["passive"])


@cache
def _seized_people() -> frozenset[str]:
    return frozenset(load_yaml("extract/held_captive_en.yaml")["seized"]["people"])


def ends_in_people(tokens: list[Token], start: int, head: int) -> bool:
    """Whether a people noun of actors/people_en.yaml ends at ``head`` ("police officer", "labourers"),
    or one of the people told as seized only (held_captive_en.yaml, seized.people: "smugglers")."""
    if tokens[head].lower in _seized_people():
        return True
    table = people_table()
    return any(
        (match := table.match_at(tokens, k)) is not None and match.end_index == head + 1
        for k in range(max(start, head - 2), head + 1)
    )


def _object_is_people(tokens: list[Token], verb: int) -> bool:
    pronouns, breaks, _ = _words()
    head = None
    for k in range(verb + 1, min(len(tokens), verb + 2 + _OBJECT_REACH)):
        word = tokens[k].lower
        if k == verb + 1 + _OBJECT_REACH and word not in breaks and any(c.isalnum() for c in word):
            return False  # the object runs on past what is read ("the 1st infantry brigade troops' rifles")
        if word in _POSSESSIVE:
            head = None  # "the brigade troops' rifles": the owner is not what was seized
            continue
        if word in breaks or not any(c.isalnum() for c in word):
            break
        head = k
    if head is None:
        return False
    if head == verb + 1 and tokens[head].lower in pronouns:
        return True
    return ends_in_people(tokens, verb + 1, head)


def _subject_is_people(tokens: list[Token], verb: int) -> bool:
    _, _, passive = _words()
    k = verb - 1
    while k >= 0 and tokens[k].lower in passive:
        k -= 1
    if k == verb - 1 or k < 0 or tokens[verb - 1].lower in ("reportedly", "allegedly", "also"):
        return False  # no auxiliary of a passive right before the verb: not told in the passive
    return ends_in_people(tokens, max(0, k - 2), k)


@cache
def _harmed() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/held_captive_en.yaml")["seized"]
    return frozenset(data["harmed_kinds"]), frozenset(data["harmed_back"])


def harmed_after(tokens: list[Token], verb: int, later: list[tuple[str, int]]) -> bool:
    """Whether the people seized at ``verb`` are harmed later in the sentence ("seized the mayor and
    shot him"): an event word of a harming kind after it, given as (kind, end index) in ``later``,
    with a pronoun right after that points back to them. They were seized for that deed."""
    kinds, back = _harmed()
    return any(kind in kinds and end > verb and end < len(tokens) and tokens[end].lower in back for kind, end in later)


def seizes_people(tokens: list[Token], k: int) -> bool:
    """Whether the verb of seizing at ``k`` has people as its object or passive subject."""
    return _object_is_people(tokens, k) or _subject_is_people(tokens, k)


def seized_people(tokens: list[Token]) -> tuple[int, int] | None:
    """Token span of a verb of seizing whose object, or passive subject, is people, if any."""
    for k, token in enumerate(tokens):
        if token.lower in SEIZE_WORDS and seizes_people(tokens, k):
            return k, k + 1
    return None
