"""A deed told only to date something else: "the union ran the port when its leader was murdered",
"in those weeks, when the governor was shot, the cabinet imposed a curfew". In a sentence with no day
of its own, event words inside a clause opened by "when" tell the time of the main clause, not news,
if no event word stands outside that clause ("two soldiers died when rebels attacked" keeps its deed
in the main clause, and so both stay news). A "when" clause opening the sentence leads into its main
clause ("when rebels attacked the post, two soldiers were hurt"), and one after a scene or a result
("the clerk was about to open the shop when gunmen fired", "a bakery was wrecked when a bomb went
off") is the news itself.

A clause opened by "after", "following" or "since" at the head of a sentence times its main clause the
same way ("After the senator was killed, the special forces searched the hills"): when every
event word stands in that clause and the main clause tells no result of the deed, the deed is an
earlier one the report only recalls (``opens_with_earlier_deed``).
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.triggers import Trigger
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

_CLAUSE_ENDS = frozenset({",", ";", ":", "--"})
_RELATIVES = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})
_YEAR = 1000  # a number this large is a year or an amount, no count of those a deed befell


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/assertion_en.yaml")
    return frozenset(data["time_clause_openers"]), frozenset(data["time_clause_news"])


@cache
def _scene() -> frozenset[str]:
    return frozenset(load_yaml("extract/assertion_en.yaml")["time_clause_scene"])


def _tells_the_deed(tokens: list[Token], opener: int) -> bool:
    """Whether the main clause before ``opener`` only sets the scene of the deed or tells its result:
    "was about to", "had just", "was leaving" (the progressive), "was at home", "a store was destroyed",
    "the incident took place", or counts those it befell ("at least one soldier was hurt when ...")."""
    _, news = _words()
    words = [t.lower for t in tokens[:opener]]
    progressive = any(
        w in ("was", "were") and (n.endswith("ing") or n in _scene()) for w, n in zip(words, words[1:], strict=False)
    )
    return progressive or not news.isdisjoint(words) or any(_counts_people(tokens, k) for k in range(opener))


def _counts_people(tokens: list[Token], k: int) -> bool:
    number = parse_number(tokens, k, allow_article=False)
    return number is not None and not number.vague and number.value < _YEAR


def _clause(tokens: list[Token], at: int) -> tuple[int, int]:
    end = at + 1
    while end < len(tokens) and tokens[end].lower not in _CLAUSE_ENDS:
        end += 1
    return at, end


def time_clause_deeds(tokens: list[Token], triggers: list[Trigger]) -> list[Trigger]:
    """The event words told only inside a "when" clause of a sentence with no other event word."""
    openers, _ = _words()
    clauses = [
        _clause(tokens, k) for k, t in enumerate(tokens) if k and t.lower in openers and not _tells_the_deed(tokens, k)
    ]
    if not clauses or not triggers:
        return []
    inside = [t for t in triggers if any(s < t.start_index and t.end_index <= e for s, e in clauses)]
    return inside if len(inside) == len(triggers) else []


@cache
def _leads() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/assertion_en.yaml")["time_clause_leads"]
    return frozenset(data["openers"]), frozenset(data["qualifiers"])


@cache
def _span_units() -> frozenset[str]:
    return frozenset(load_yaml("extract/event_reference_en.yaml")["time_spans"]["units"])


def opens_with_earlier_deed(tokens: list[Token], triggers: list[Trigger], casualty_starts: list[int]) -> bool:
    """Whether the sentence opens with an "after", "following" or "since" clause up to its first comma
    that holds every event word of ``triggers``, and the main clause after it tells no toll (none of
    ``casualty_starts``, the offsets where the sentence's figures begin) nor a result of the deed
    ("After the attack, two guards were found dead" tells the attack's toll)."""
    if not triggers:
        return False
    openers, qualifiers = _leads()
    at = 0
    while at < len(tokens) and tokens[at].lower in qualifiers:
        at += 1
    if at >= len(tokens) or tokens[at].lower not in openers:
        return False
    _, end = _clause(tokens, at)
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False  # no main clause after a comma: the sentence is all one clause
    if tokens[end + 1].lower in _RELATIVES:
        return False  # "Since 2010 the town has been hit by bombings, which ...": the clause is the main one
    if not all(at < t.start_index and t.end_index <= end for t in triggers):
        return False
    if any(t.lower in _span_units() for t in tokens[at:end]):
        return False  # "after several hours of fighting, the army said ...": how long the deed went on
    main = tokens[end + 1 :]
    _, news = _words()
    if any(t.lower in news for t in main):
        return False
    return not any(start >= tokens[end].start for start in casualty_starts)
