"""Fusion across documents: does a new report describe a stored event, and what do all the
reports of one event say together?

Pure functions over ``model`` records, so the rules can be tested without a database; the store
(``store/fusion.py``) picks the candidates with an indexed query and keeps every report.

Matching adds up what agrees (time, place, type, actors, counts) with weights kept as data in
``resources/fusion/matching.yaml``; a hard disagreement (another country, another town, another
exact day) rules a candidate out. Every point scored carries a reason, stored in the merge log.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from eventwatch.model import Actor, Casualties, Event, Place
from eventwatch.resolve.summary import write_summary
from eventwatch.resources import load_yaml


@cache
def settings() -> dict:
    return load_yaml("fusion/matching.yaml")


@cache
def _families() -> dict[str, int]:
    return {name: i for i, group in enumerate(settings()["compatible_attack_types"]) for name in group}


@dataclass(frozen=True)
class When:
    """When an event happened as far as matching is concerned: its own dates when the text gave
    them (``exact`` when to the day), else the day its report was published."""

    start: date
    end: date
    exact: bool


def same_family(a: str | None, b: str | None) -> bool:
    """Whether two attack types are one or of one family ("Armed Assault", "Assassination")."""
    return a == b or (a is not None and b is not None and _families().get(a, -1) == _families().get(b, -2))


def when(event: Event, published: date | None) -> When | None:
    if event.date_start is not None:
        end = event.date_end or event.date_start
        return When(event.date_start, max(end, event.date_start), event.date_precision == "day")
    if published is not None:
        # undated news is usually about the last few days before publication
        return When(published - timedelta(days=1), published, False)
    return None


@dataclass
class Report:
    """One article's account of an event, as stored: the per-document event and its context."""

    event: Event
    published: date | None
    order: int  # ingest order, to break ties between reports published the same day
    article_key: str | None = None  # the article (or the wire story it reprints) it counts as
    score: float | None = None


@dataclass
class Match:
    score: float
    reasons: list[str] = field(default_factory=list)
    ruled_out: str | None = None
    country_only: bool = False  # the places agree only on the country

    @property
    def accepted(self) -> bool:
        return self.ruled_out is None and self.score >= settings()["threshold"]


def km_between(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, or None when either has no point."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _is_country(place: Place) -> bool:
    return place.feature == "country" or (place.precision >= 3 and not place.admin1 and place.name == place.country)


def _town(place: Place) -> bool:
    """A town, or a place near one ("near Catarman"), as against a region told by its name."""
    return place.feature == "place" and place.geonames_id is not None


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w ]", " ", name.lower())).strip()


# articles and prepositions of names in English and Spanish (grammar, kept in code; the words that
# describe rather than name a group are matching.yaml's generic_actor_words)
_STOP = frozenset({"the", "of", "and", "a", "an", "de", "la", "el", "del", "los", "las"})


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(settings()["generic_actor_words"]) | _STOP


def _tokens(actor: Actor) -> set[str]:
    # "ISWAP: Boko Haram" and "Boko Haram fighters" share "boko", "haram"
    return {t for t in _norm(actor.name).split() if t not in _generic_words() and len(t) > 1}


def _named(actors: Sequence[Actor]) -> list[Actor]:
    generic = set(settings()["generic_actor_kinds"])
    return [a for a in actors if a.kind not in generic and _tokens(a)]


def _place_score(new: Place | None, old: Place | None, match: Match, w: dict) -> None:
    if new is None or old is None:
        match.reasons.append("no place on one side")
        return
    if new.country_code and old.country_code and new.country_code != old.country_code:
        match.ruled_out = f"countries differ ({new.country_code} / {old.country_code})"
        return
    if (new.geonames_id is not None and new.geonames_id == old.geonames_id) or (
        _norm(new.name) == _norm(old.name) and new.country_code == old.country_code
    ):
        if _is_country(new) and _is_country(old):
            match.score += w["same_country_only"]
            match.country_only = True
            match.reasons.append(f"same country only ({new.country_code})")
        else:
            match.score += w["same_place"]
            match.reasons.append(f"same place ({new.name})")
        return
    if _is_country(new) or _is_country(old):
        match.score += w["same_country_only"]
        match.country_only = True
        match.reasons.append(f"same country only ({new.country_code})")
        return
    distance = km_between(new, old)
    s = settings()
    exact = new.precision == 1 and old.precision == 1
    if exact:
        if distance is not None and distance <= s["same_site_km"]:
            match.score += w["same_site"]
            match.reasons.append(f"{new.name} and {old.name} {distance:.0f} km apart")
        else:
            match.ruled_out = f"different towns ({new.name} / {old.name})"
        return
    if distance is not None and distance <= s["near_km"]:
        match.score += w["near_place"]
        match.reasons.append(f"{new.name} within {distance:.0f} km of {old.name}")
    elif distance is not None and _town(new) and _town(old):
        # "near Catarman" and "in Borongan" are two sites, however alike their region
        match.ruled_out = f"towns {distance:.0f} km apart ({new.name} / {old.name})"
    elif new.admin1 and new.admin1 == old.admin1:
        match.score += w["near_place"]
        match.reasons.append(f"same region ({new.admin1})")
    elif distance is not None:
        match.ruled_out = f"places {distance:.0f} km apart ({new.name} / {old.name})"
    else:
        match.reasons.append("places not comparable")


def _time_score(new: When | None, old: When | None, match: Match, w: dict) -> None:
    if new is None or old is None:
        match.ruled_out = "no date on one side"
        return
    gap = max((new.start - old.end).days, (old.start - new.end).days, 0)
    if new.exact and old.exact:
        if gap == 0:
            match.score += w["same_day"]
            match.reasons.append(f"same day ({new.start.isoformat()})")
        elif gap == 1:
            match.score += w["adjacent_day"]
            match.reasons.append("dates one day apart")
        else:
            match.ruled_out = f"dates {gap} days apart"
        return
    if gap > settings()["window_days"]:
        match.ruled_out = f"{gap} days apart"
        return
    match.score += w["near_in_time"] + w["near_in_time_per_day"] * gap
    match.reasons.append(f"within {gap} day{'s' if gap != 1 else ''} (a date from publication or vague)")


def _type_score(new: Event, old: Event, match: Match, w: dict) -> None:
    if new.is_violent != old.is_violent:
        match.ruled_out = f"{new.event_type} / {old.event_type}"
        return
    known = {None, "Unknown"}
    a, b = new.attack_type, old.attack_type
    if a not in known and b not in known:
        if a == b:
            match.score += w["same_attack_type"]
            match.reasons.append(f"same attack type ({a})")
        elif _families().get(a, -1) == _families().get(b, -2):  # type: ignore[arg-type]
            match.score += w["compatible_attack_type"]
            match.reasons.append(f"compatible attack types ({a} / {b})")
        else:
            match.score += w["other_attack_type"]
            match.reasons.append(f"other attack type ({a} / {b})")
    if new.event_type == old.event_type:
        match.score += w["same_event_type"]
        match.reasons.append(f"same event type ({new.event_type})")
        if new.sub_event_type and new.sub_event_type == old.sub_event_type:
            match.score += w["same_sub_event_type"]
            match.reasons.append(f"same sub-event type ({new.sub_event_type})")


def _acronym(actor: Actor) -> str | None:
    # the pipeline names known groups ACLED-style, "FMLN: Farabundo Marti National Liberation Front"
    head, sep, _ = actor.name.partition(":")
    return head.strip().upper() if sep and head.strip().isupper() and " " not in head.strip() else None


@cache
def _name_words() -> frozenset[str]:
    return frozenset(settings()["generic_name_words"])


def _same_group(a: Actor, b: Actor) -> bool:
    if _acronym(a) and _acronym(b):
        return _acronym(a) == _acronym(b)
    mine = _tokens(a) - _name_words()
    theirs = _tokens(b) - _name_words()
    if not mine or not theirs:
        return False
    return len(mine & theirs) >= 0.5 * min(len(mine), len(theirs))


def _actor_score(new: Event, old: Event, match: Match, w: dict) -> None:
    mine, theirs = _named(new.perpetrators), _named(old.perpetrators)
    if not mine or not theirs:
        return
    shared = next(((a, b) for a in mine for b in theirs if _same_group(a, b)), None)
    if shared:
        match.score += w["shared_perpetrator"]
        match.reasons.append(f"same perpetrator ({shared[0].name} / {shared[1].name})")
    else:
        match.score += w["other_perpetrator"]
        match.reasons.append(f"other perpetrator ({mine[0].name} / {theirs[0].name})")


def _target_score(new: Event, old: Event, match: Match, w: dict) -> None:
    mine, theirs = set(new.target_types), set(old.target_types)
    if not mine or not theirs:
        return
    if mine & theirs:
        match.score += w["shared_target_type"]
        match.reasons.append(f"same target type ({sorted(mine & theirs)[0]})")
    else:
        match.score += w["other_target_type"]
        match.reasons.append(f"other target types ({', '.join(sorted(mine))} / {', '.join(sorted(theirs))})")


def _count_score(new: Event, old: Event, match: Match, w: dict) -> None:
    s = settings()
    for name in ("fatalities", "injuries"):
        x, y = getattr(new, name).best, getattr(old, name).best
        if x is None or y is None:
            continue
        small, large = sorted((x, y))
        if large - small <= s["count_slack"] or large <= s["count_ratio"] * max(small, 1):
            match.score += w["consistent_counts"]
            match.reasons.append(f"{name} consistent ({x} / {y})")
        else:
            match.score += w["inconsistent_counts"]
            match.reasons.append(f"{name} far apart ({x} / {y})")


def _close_figures(new: Event, old: Event) -> bool:
    tolerance = settings()["country_only_tolerance"]
    pairs = [(getattr(new, name).best, getattr(old, name).best) for name in ("fatalities", "injuries")] + [
        (new.kidnapped, old.kidnapped)
    ]
    given = [(x, y) for x, y in pairs if x is not None and y is not None]
    return bool(given) and all(abs(x - y) <= max(2, tolerance * max(x, y)) for x, y in given)


def score(new: Event, new_when: When | None, old: Event, old_when: When | None, near_duplicate: bool = False) -> Match:
    """How strongly ``new`` (one article's event) and ``old`` (a stored event) look like one incident."""
    w = settings()["weights"]
    match = Match(0.0)
    if near_duplicate:
        match.score += w["near_duplicate_article"]
        match.reasons.append("reported in a near-duplicate of an article of this event")
    # a reprint adds weight but never overrides a veto: its own dates and places say the same
    for step in (
        lambda: _type_score(new, old, match, w),
        lambda: _time_score(new_when, old_when, match, w),
        lambda: _place_score(new.location, old.location, match, w),
        lambda: _actor_score(new, old, match, w),
        lambda: _target_score(new, old, match, w),
        lambda: _count_score(new, old, match, w),
    ):
        step()
        if match.ruled_out is not None:
            break
    if match.ruled_out is None and match.country_only and not _close_figures(new, old):
        # a country is too big a place: only matching figures can tie two reports to one incident
        match.ruled_out = "country-level place without matching figures"
    match.score = round(match.score, 3)
    return match


# -- what all reports say together --------------------------------------------------------


def _recency(report: Report) -> tuple:
    return (report.published or date.min, report.order)


def estimate(reports: Sequence[Report], name: str) -> tuple[Casualties, Report | None]:
    """Low, high and best of one count across reports, and the report ``best`` comes from.

    ``best`` is the most recent report's figure (a later "death toll rose to 25" replaces an early
    "at least 10"), never a sum; ``low``/``high`` span every report's bounds.
    """
    reported = [r for r in reports if getattr(r.event, name).is_reported()]
    if not reported:
        return Casualties(), None
    latest = max((r for r in reported if getattr(r.event, name).best is not None), key=_recency, default=None)
    figures = [getattr(r.event, name) for r in reported]
    lows = [c.low if c.low is not None else c.best for c in figures]
    highs = [c.high if c.high is not None else c.best for c in figures]
    best = getattr(latest.event, name).best if latest else None
    low_values = [v for v in lows if v is not None]
    high_values = [v for v in highs if v is not None] + ([best] if best is not None else [])
    result = Casualties(
        best=best,
        low=min(low_values) if low_values else None,
        high=max(high_values) if high_values else None,
    )
    if name == "fatalities":
        # the breakdown must add up with the total it goes with: the same report's, else none
        source = getattr(latest.event, name) if latest else Casualties()
        result.perpetrators = source.perpetrators
        result.security_forces = source.security_forces
        result.civilians = source.civilians
    return result, latest


def _extend_unique(values: list, more: Sequence, key=lambda v: v) -> None:  # type: ignore[no-untyped-def]
    seen = {key(v) for v in values}
    for value in more:
        if key(value) not in seen:
            values.append(value)
            seen.add(key(value))


def combine(event_id: str, reports: Sequence[Report]) -> Event:
    """The event all ``reports`` describe, computed from them alone (so it is the same whatever
    order they were merged in, apart from ties), under the stable ``event_id``."""
    ordered = sorted(reports, key=_recency)
    first = ordered[0].event
    fused = copy.deepcopy(first)
    fused.event_id = event_id
    fused.doc_ids = []
    fused.evidence = []
    fused.status = "auto"
    for report in ordered:
        event = report.event
        _extend_unique(fused.doc_ids, event.doc_ids)
        _extend_unique(fused.evidence, event.evidence, key=lambda e: (e.doc_id, e.start, e.end, tuple(e.fields)))
        _extend_unique(fused.target_types, event.target_types)
        _extend_unique(fused.weapon_types, event.weapon_types)
        _extend_unique(fused.targets, event.targets, key=lambda a: _norm(a.name))
        _extend_unique(fused.perpetrators, event.perpetrators, key=lambda a: _norm(a.name))
        if fused.attack_type in (None, "Unknown") and event.attack_type not in (None, "Unknown"):
            fused.attack_type = event.attack_type
        if event.location is not None and (
            fused.location is None or event.location.precision < fused.location.precision
        ):
            fused.location = copy.deepcopy(event.location)
        if event.date_start is not None and (fused.date_start is None or _finer(event, fused)):
            fused.date_start, fused.date_end = event.date_start, event.date_end
            fused.date_precision = event.date_precision
        if fused.stage != "accomplished" and event.stage == "accomplished":
            fused.stage = "accomplished"
    # named groups first: "Gunmen" from an early report should not stay actor 1
    generic = set(settings()["generic_actor_kinds"])
    fused.perpetrators.sort(key=lambda a: a.kind in generic)
    fused.evidence.sort(key=lambda e: (fused.doc_ids.index(e.doc_id) if e.doc_id in fused.doc_ids else 0, e.start))
    fused.fatalities, killed_from = estimate(ordered, "fatalities")
    fused.injuries, _ = estimate(ordered, "injuries")
    kidnapped = [r for r in ordered if r.event.kidnapped is not None]
    fused.kidnapped = max(kidnapped, key=_recency).event.kidnapped if kidnapped else None
    fused.background = all(r.event.background for r in ordered)
    # the summary states the figures, so it is written again from the fused record
    fused.summary = write_summary(fused)
    sources = {r.article_key for r in ordered if r.article_key is not None} or {None}
    # independent sources make an event more certain, a little each
    top = max(r.event.confidence for r in ordered)
    fused.confidence = max(top, min(0.95, top + 0.03 * (len(sources) - 1)))
    return fused


def _finer(event: Event, fused: Event) -> bool:
    rank = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
    return rank.get(event.date_precision, 4) < rank.get(fused.date_precision, 4)
