"""Event kinds → ACLED event type and sub-type, GTD attack type (kept as data)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.model import VIOLENT_EVENT_TYPES
from eventwatch.resources import parse_yaml


@cache
def _taxonomy() -> dict:
    from importlib import resources

    with resources.files("eventwatch").joinpath("taxonomy/event_types.yaml").open(encoding="utf-8") as handle:
        return parse_yaml(handle)


def kind_spec(kind: str) -> dict:
    return _taxonomy()["kinds"][kind]


def deed_kinds(role: str) -> frozenset[str]:
    """Kinds that name one deed done to someone (``single``), and those that type an event told first (``lead``)."""
    return frozenset(_taxonomy()["deeds"][role])


@cache
def ground_assault() -> tuple[frozenset[str], frozenset[str]]:
    """(kinds fired from afar, small-arms nouns) that together tell a ground assault on a position."""
    spec = _taxonomy().get("ground_assault") or {}
    return frozenset(spec.get("kinds") or []), frozenset(spec.get("small_arms") or [])


@dataclass(frozen=True)
class FightNoise:
    """Words that tell explosions as a moment of a fight (``ground_assault.noise`` in event_types.yaml)."""

    heard: frozenset[str]
    gunfire: frozenset[str]
    during: frozenset[str]
    assaults: frozenset[str]
    during_reach: int


@cache
def fight_noise() -> FightNoise:
    spec = (_taxonomy().get("ground_assault") or {}).get("noise") or {}
    return FightNoise(
        heard=frozenset(spec.get("heard") or []),
        gunfire=frozenset(spec.get("gunfire") or []),
        during=frozenset(spec.get("during") or []),
        assaults=frozenset(spec.get("assaults") or []),
        during_reach=int(spec.get("during_reach") or 0),
    )


@cache
def seized_as_means() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """(road vehicles seized as a ramming's means, carriers whose seizure is a hijacking, the words of
    a ramming, each split into its words)."""
    spec = _taxonomy().get("seized_as_means") or {}
    ramming = tuple(tuple(str(w).split()) for w in spec.get("ramming") or [])
    return frozenset(spec.get("vehicles") or []), frozenset(spec.get("carriers") or []), ramming


def kind_rank(kind: str) -> int:
    return kind_spec(kind)["rank"]


def is_violent_kind(kind: str) -> bool:
    spec = kind_spec(kind)
    return spec.get("violent", spec["event_type"] in VIOLENT_EVENT_TYPES)


def classify(kinds: list[str], target_kinds: set[str], deadly: bool = False) -> tuple[str, str, str | None, str]:
    """(ACLED event type, sub-event type, GTD attack type, main kind) for an event's kinds."""
    main = max(kinds, key=kind_rank)
    secondary = set(_taxonomy().get("secondary_when_deadly") or [])
    if deadly and main in secondary:
        others = [k for k in kinds if k not in secondary and is_violent_kind(k)]
        main = max(others, key=kind_rank) if others else main
    beside = (_taxonomy().get("secondary_when_deadly_beside") or {}).get(main)
    if deadly and beside and any(k in beside for k in kinds):
        main = max((k for k in kinds if k in beside), key=kind_rank)
    spec = kind_spec(main)
    event_type, sub_type, attack_type = spec["event_type"], spec["sub_event_type"], spec.get("attack_type")
    tax = _taxonomy()
    if main in tax["battle_when_armed_target"] and target_kinds & set(tax["armed_target_kinds"]):
        event_type, sub_type = "Battles", "Armed clash"
    # a kidnapping that is also a hijacking is coded by the hijacking
    if "hijacking" in kinds and main not in ("suicide_bombing", "bombing", "airstrike"):
        attack_type = "Hijacking" if main in ("hijacking", "kidnapping", "attack", "armed_assault") else attack_type
    return event_type, sub_type, attack_type, main
