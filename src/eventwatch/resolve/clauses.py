"""Deeds told in clauses of one sentence, each on a day of its own, are incidents of their own.

"Judge Ana Ruiz was assassinated on 28 July; magistrate Ivo Pons was killed on 17 October; and
magistrate Lia Sol was killed on 1 November": a semicolon parts clauses that each tell a whole
deed, its victim and its day. Summed into one record they would give three dead on the first day;
GTD and ACLED code each killing on its own day, so each clause becomes facts of its own.

So does a clause placing a deed by an earlier one ("the gunmen fired on the chief a few blocks from
where the governor was murdered on 4 July"): its day and toll are the earlier deed's, and the deed
before it, named with no day, is the one the report goes on to tell; and so does a deed told "12
hours after" another, done and told with a verb of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from eventwatch.extract.triggers import past_verb
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.taxonomy import is_violent_kind
from eventwatch.resources import load_yaml

_SEPARATOR = ";"


def _inside(start: int, span: tuple[int, int]) -> bool:
    return span[0] <= start < span[1]


def _clause(facts: SentenceFacts, span: tuple[int, int]) -> SentenceFacts:
    """``facts`` with only what is told inside ``span`` (character offsets)."""
    return replace(
        facts,
        triggers=[t for t in facts.triggers if _inside(t.start, span)],
        casualties=[c for c in facts.casualties if _inside(c.start, span)],
        dates=[d for d in facts.dates if _inside(d.start, span)],
        actors=[a for a in facts.actors if _inside(a.start, span)],
        targets=[t for t in facts.targets if _inside(t.start, span)],
        weapons=[w for w in facts.weapons if _inside(w[1], span)],
        places=_places(facts, span),
        said_on=[d for d in facts.said_on if _inside(d.start, span)],
    )


def _places(facts: SentenceFacts, span: tuple[int, int]) -> list:
    """The places a clause names; one naming none keeps the sentence's, the setting of all its clauses."""
    own = [p for p in facts.places if _inside(p.start, span)]
    return own if any(p.usable and p.place is not None for p in own) else list(facts.places)


def _whole_deed(clause: SentenceFacts) -> bool:
    """A clause telling a deed done, its toll and one day of its own."""
    days = {d.value for d in clause.own_dates if not d.is_end}
    deeds = [t for t in clause.live_triggers if is_violent_kind(t.kind)]
    return len(days) == 1 and bool(deeds) and any(c.value > 0 for c in clause.casualties)


def _dated_deed(clause: SentenceFacts) -> bool:
    """A clause telling a deed and then the one day it was done on ("the murder on 27 May of ..."); a
    clause opening with its day ("and this morning throughout the city") goes on with the deed
    before it, over another day."""
    days = [d for d in clause.own_dates if not d.is_end]
    deeds = [t.start for t in clause.live_triggers if is_violent_kind(t.kind)]
    return len({d.value for d in days}) == 1 and bool(deeds) and min(deeds) < min(d.start for d in days)


def _where_clauses(facts: SentenceFacts) -> list[SentenceFacts]:
    """ "The gunmen fired on the commander at the crossing, a few blocks from where the governor was
    murdered on 4 July": a clause opened by "where" that tells a whole deed on a day of its own places
    the deed before it by an earlier one; the day and toll are that one's, so the two are told apart
    when the deed before names no day."""
    tokens = facts.tokens
    at = next(
        (k for k in range(1, len(tokens)) if tokens[k].lower == _WHERE and tokens[k - 1].lower in _placing()), None
    )
    if at is None:
        return [facts]
    where = tokens[at]
    before = _clause(facts, (facts.sentence.start, where.start))
    after = _clause(facts, (where.start, facts.sentence.end + 1))
    deeds = [t for t in before.live_triggers if is_violent_kind(t.kind)]
    if deeds and not before.own_dates and _whole_deed(after):
        # the places named after "where" are the earlier deed's; the deed before keeps its own only
        own = [p for p in facts.places if _inside(p.start, (facts.sentence.start, where.start))]
        return [replace(before, places=own), replace(after, placing=True)]
    return [facts]


_WHERE = "where"
_AFTER = "after"


@dataclass(frozen=True)
class _SpanWords:
    units: frozenset[str]  # "hours", "days": the unit of a stretch of time before "after"
    counts: frozenset[str]  # "a", "two", "few": its count
    told: frozenset[str]  # words naming a deed or a person already told ("the", "he")
    happened: frozenset[str]  # "came", "occurred": a clause saying only that something happened then
    other_deed: frozenset[str]  # "another", "a": a deed word behind them names an earlier deed
    unit_days: dict[str, int]  # "days": 1, "weeks": 7: the days one unit spans
    single: frozenset[str]  # "a", "one": a count of one unit
    numbers: dict[str, int]  # "two": 2: counts written as words


@cache
def _reference_words() -> _SpanWords:
    data = load_yaml("extract/event_reference_en.yaml")
    spans = data["time_spans"]
    # a deed told of "he" or "they" befell or was done by someone already named ("executed 23 days
    # after he was kidnapped"), like a deed named with "the"
    told = frozenset(data["definite"]) | frozenset(spans["known_subjects"])
    return _SpanWords(
        units=frozenset(spans["units"]),
        counts=frozenset(spans["counts"]),
        told=told,
        happened=frozenset(spans["happened"]),
        other_deed=frozenset(spans["other_deed"]),
        unit_days={str(k): int(v) for k, v in spans["unit_days"].items()},
        single=frozenset(spans["single"]),
        numbers={k: v for k, v in load_yaml("text/numbers_en.yaml")["units"].items() if isinstance(v, int)},
    )


def _span_before(tokens: list, k: int) -> bool:
    """ "12 hours after", "a day after": a stretch of time counted right before "after"."""
    words = _reference_words()
    if k < 2 or tokens[k - 1].lower not in words.units:
        return False
    count = tokens[k - 2]
    return count.text[:1].isdigit() or count.lower in words.counts


def _days_spanned(tokens: list, k: int) -> int | None:
    """The days the stretch right before "after" (at ``k``) spans ("two days", "a week"; none for
    "12 hours", "a few hours"); None for a vague count of days ("a few days"), which names no day."""
    words = _reference_words()
    per_unit = words.unit_days.get(tokens[k - 1].lower)
    count = tokens[k - 2]
    if not per_unit:
        return per_unit
    if count.text.isdigit():
        return int(count.text) * per_unit
    if count.lower in words.single:
        return per_unit
    number = words.numbers.get(count.lower)
    return number * per_unit if number else None


_OTHER_DEED_REACH = 3  # the most words between "a"/"another" and the deed word ("a powerful car bomb")


def _earlier_deed_done(facts: SentenceFacts, after: SentenceFacts, at: int) -> bool:
    """Whether the clause after "after" (at token ``at``) tells a deed done: by a verb in the past
    ("a gunman opened fire", "another explosion destroyed a store"), by a toll, or named as another
    deed than those told ("a week after a bomb attack on the town hall", "hours after another blast")."""
    tokens = facts.tokens
    deeds = [t for t in after.live_triggers if is_violent_kind(t.kind)]
    if not deeds:
        return False
    if any(c.value > 0 for c in after.casualties):
        return True
    first = min(t.start_index for t in deeds)
    if any(past_verb(tokens[k].lower) for k in range(first, len(tokens)) if tokens[k].text.isalpha()):
        return True  # "a gunman opened fire", "another explosion destroyed one store"
    return tokens[at + 1].lower in _reference_words().other_deed and first - (at + 1) <= _OTHER_DEED_REACH


def _earlier_deed_clauses(facts: SentenceFacts) -> list[SentenceFacts] | None:
    """ "The new attack came 12 hours after a gunman opened fire at the airport, where a guard died":
    a clause opened by "after" right behind a stretch of time tells an earlier deed of its own, done
    (a verb in the past, a toll, or "another" deed) by a subject of its own; it is told apart from the
    deed before it. The clause before may tell only that something happened then ("this situation
    took place a few hours after ..."): it dates what the report told already."""
    tokens = facts.tokens
    words = _reference_words()
    at = next((k for k in range(1, len(tokens) - 1) if tokens[k].lower == _AFTER and _span_before(tokens, k)), None)
    # "two hours after the bombing" names an event already told; "died three hours after having been
    # stabbed" tells what befell the same man
    if at is None or tokens[at + 1].lower in words.told or tokens[at + 1].lower.endswith("ing"):
        return None
    cut = tokens[at].start
    before = _clause(facts, (facts.sentence.start, cut))
    after = _clause(facts, (cut, facts.sentence.end + 1))
    happened = any(t.lower in words.happened for t in tokens[:at])
    if not (happened or any(is_violent_kind(t.kind) for t in before.live_triggers)):
        return None
    if any(t.lower in _going_on() for t in tokens[:at]):
        return None  # "the shooting still continues 6 hours after shooting broke out": one deed, going on
    if not _earlier_deed_done(facts, after, at):
        return None
    # the places named after "after" are the earlier deed's; the deed before keeps its own only
    own = [p for p in facts.places if _inside(p.start, (facts.sentence.start, cut))]
    earlier = replace(after, placing=True, definite=False, refers_back=False, days_before=_days_spanned(tokens, at))
    return [replace(before, places=own), earlier]


@cache
def _placing() -> frozenset[str]:
    return frozenset(load_yaml("extract/event_reference_en.yaml")["placing_where"])


def day_clauses(facts: SentenceFacts) -> list[SentenceFacts]:
    """The clauses of ``facts`` parted by semicolons when each tells a whole deed on a day of its own
    and the days differ, or the deed before a "where" clause that tells a dated deed; else ``facts``
    alone."""
    cuts = [t.end for t in facts.tokens if t.text == _SEPARATOR]
    if not cuts:
        return _and_clauses(facts) or _earlier_deed_clauses(facts) or _where_clauses(facts)
    bounds = [facts.sentence.start, *cuts, facts.sentence.end + 1]
    clauses = [_clause(facts, (a, b)) for a, b in zip(bounds, bounds[1:], strict=False)]
    if not all(_whole_deed(c) for c in clauses):
        return [facts]
    days = {d.value for c in clauses for d in c.own_dates if not d.is_end}
    return clauses if len(days) == len(clauses) else [facts]


def _and_clauses(facts: SentenceFacts) -> list[SentenceFacts] | None:
    """ "... the murder on 26 May of the mayor of X and the murder on 27 May of six farmers in Y": two
    halves joined by "and", each telling a whole deed on a day of its own, are two incidents."""
    for token in facts.tokens:
        if token.lower != "and":
            continue
        halves = [
            _clause(facts, (facts.sentence.start, token.start)),
            _clause(facts, (token.start, facts.sentence.end + 1)),
        ]
        if not all(_dated_deed(h) for h in halves) or _goes_on(facts, token.start, halves[1]):
            continue
        days = {d.value for h in halves for d in h.own_dates if not d.is_end}
        if len(days) == 2:
            return halves
    return None


@cache
def _going_on() -> frozenset[str]:
    return frozenset(load_yaml("extract/new_incident_en.yaml")["goes_on"])


def _goes_on(facts: SentenceFacts, start: int, half: SentenceFacts) -> bool:
    """ "... and the shelling was still continuing this morning": the deed before, going on."""
    day = min(d.start for d in half.own_dates)
    return any(t.lower in _going_on() for t in facts.tokens if start <= t.start < day)
