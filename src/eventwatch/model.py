"""The data that flows through eventwatch, and the event record of EVENT_SCHEMA.md.

Everything here is plain dataclasses and the standard library, so that every stage (and every
process of a pool or a Dask cluster) can share and pickle them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any, Literal, get_args

SCHEMA_VERSION = 1

VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})

# The record's closed vocabularies, written once: as types for the API's schema (web/models.py) and
# as tuples for checks (store/review.py).
EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]
ActorKind = Literal[
    "state forces",
    "police",
    "military",
    "rebels",
    "militants",
    "political militia",
    "identity militia",
    "rioters",
    "protesters",
    "civilians",
    "unidentified armed group",
    "other",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
# how far the deed went: done, tried and failed or foiled, or only threatened
STAGES: tuple[str, ...] = ("accomplished", "attempted", "threatened")
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
# the kinds of the state's own forces, and of the armed groups that fight them (each list once, for
# the actor reader and the record builder)
STATE_KINDS = frozenset({"police", "military", "state forces"})
ARMED_GROUP_KINDS = frozenset({"rebels", "militants", "political militia", "identity militia"})


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of an article's text."""

    start: int
    end: int
    text: str


@dataclass
class Article:
    """One input document: its text and metadata, as the readers found them."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    # where `published` came from: "input" (given by the caller), "text" (found in the text)
    published_from: str | None = None
    language: str = "en"
    origin: str | None = None  # file path (and line) the article was read from

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Place:
    """A resolved place. ``precision`` follows ACLED: 1 town, 2 near a town / part of a region,
    3 region or country only."""

    name: str
    country: str
    country_code: str
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: int = 1
    feature: str = "place"  # place | admin1 | country

    def tidied(self) -> Place:
        """This place with its names on one line and single-spaced: names read from wire copy keep
        its line breaks ("San\nAndres"), and a few gazetteer names carry double spaces."""
        names = (self.name, self.admin1, self.admin2)
        tidy = tuple(" ".join(n.split()) if n else n for n in names)
        if tidy == names:
            return self
        return replace(self, name=tidy[0], admin1=tidy[1], admin2=tidy[2])

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "admin1": self.admin1,
            "admin2": self.admin2,
            # a place named by the text alone has no known country: not reported, so null
            "country": self.country or None,
            "country_code": self.country_code or None,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "precision": self.precision,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> Place | None:
        if not record:
            return None
        return cls(
            name=record.get("name") or "",
            country=record.get("country") or "",
            country_code=record.get("country_code") or "",
            admin1=record.get("admin1"),
            admin2=record.get("admin2"),
            lat=record.get("lat"),
            lon=record.get("lon"),
            geonames_id=record.get("geonames_id"),
            precision=record.get("precision") or 1,
        )


@dataclass
class Actor:
    name: str
    kind: str = "other"

    def to_record(self) -> dict[str, str]:
        return {"name": self.name, "kind": self.kind}


@dataclass
class Casualties:
    """A count with ACLED-style estimates; ``None`` means not reported, 0 reported as none."""

    best: int | None = None
    low: int | None = None
    high: int | None = None
    perpetrators: int | None = None
    security_forces: int | None = None
    civilians: int | None = None
    # every figure behind the count tells people besides others ("two guards were also killed"): a
    # record of the same incident that is merged with this one adds it instead of repeating it.
    # Working state of fusion only, never written out.
    additional: bool = False

    def is_reported(self) -> bool:
        return self.best is not None or self.low is not None

    def to_record(self, with_sides: bool = True) -> dict[str, int | None]:
        record: dict[str, int | None] = {"best": self.best, "low": self.low, "high": self.high}
        if with_sides:
            record.update(
                perpetrators=self.perpetrators,
                security_forces=self.security_forces,
                civilians=self.civilians,
            )
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> Casualties:
        record = record or {}
        return cls(**{k: record.get(k) for k in cls.__dataclass_fields__ if k in record})


@dataclass
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str
    fields: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """One event record (EVENT_SCHEMA.md)."""

    event_id: str
    doc_ids: list[str]
    event_type: str
    sub_event_type: str
    attack_type: str | None = None
    target_types: list[str] = field(default_factory=list)
    weapon_types: list[str] = field(default_factory=list)
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    location: Place | None = None
    perpetrators: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    fatalities: Casualties = field(default_factory=Casualties)
    injuries: Casualties = field(default_factory=Casualties)
    kidnapped: int | None = None
    summary: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    status: str = "auto"
    # fields beyond the schema's minimum (allowed: "adding fields is fine")
    stage: str = "accomplished"  # accomplished | attempted | threatened
    background: bool = False  # a reference to an earlier event, not news of this article
    # told as another incident than the ones before it in its report ("another bomb went off ...");
    # only the in-document fusion reads it, and it is not part of the record
    told_apart: bool = False
    # opened by words telling another incident ("meanwhile", "in another attack"), with or without a
    # place of its own: never the deed before it told again; read by the in-document fusion only
    opens_anew: bool = False
    # dated only by the day someone told of it ("the minister said today that a commando killed ..."),
    # not by a day of the deed; like ``told_apart`` it is read by the in-document fusion only
    dated_by_statement: bool = False
    # told only by naming a deed already known ("the murder of the six priests", "the massacre of 16
    # November"), and besides with no day of the deed beside it; read by the in-document fusion only
    named_only: bool = False
    told_as_reference: bool = False
    # typed only by a word naming no kind of deed ("the attack on the director", "the death of nine in
    # an attack"): a record of the same deed joined to it tells what kind it was; read by fusion only
    kind_unsaid: bool = False

    def to_record(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "event_id": self.event_id,
            "doc_ids": list(self.doc_ids),
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "attack_type": self.attack_type,
            "target_types": list(self.target_types),
            "weapon_types": list(self.weapon_types),
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision,
            "location": self.location.to_record() if self.location else None,
            "perpetrators": [a.to_record() for a in self.perpetrators],
            "targets": [a.to_record() for a in self.targets],
            "fatalities": self.fatalities.to_record(),
            "injuries": self.injuries.to_record(with_sides=False),
            "kidnapped": self.kidnapped,
            "summary": self.summary,
            "evidence": [e.to_record() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "status": self.status,
            "stage": self.stage,
            "background": self.background,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Event:
        def day(value: str | None) -> date | None:
            return date.fromisoformat(value) if value else None

        return cls(
            event_id=record["event_id"],
            doc_ids=list(record.get("doc_ids") or []),
            event_type=record["event_type"],
            sub_event_type=record.get("sub_event_type") or "",
            attack_type=record.get("attack_type"),
            target_types=list(record.get("target_types") or []),
            weapon_types=list(record.get("weapon_types") or []),
            date_start=day(record.get("date_start")),
            date_end=day(record.get("date_end")),
            date_precision=record.get("date_precision") or "unknown",
            location=Place.from_record(record.get("location")),
            perpetrators=[Actor(**a) for a in record.get("perpetrators") or []],
            targets=[Actor(**a) for a in record.get("targets") or []],
            fatalities=Casualties.from_record(record.get("fatalities")),
            injuries=Casualties.from_record(record.get("injuries")),
            kidnapped=record.get("kidnapped"),
            summary=record.get("summary") or "",
            evidence=[Evidence(**e) for e in record.get("evidence") or []],
            confidence=float(record.get("confidence") or 0.0),
            status=record.get("status") or "auto",
            stage=record.get("stage") or "accomplished",
            background=bool(record.get("background")),
        )

    @property
    def is_violent(self) -> bool:
        return self.event_type in VIOLENT_EVENT_TYPES


class InputError(Exception):
    """Bad input: carries the file (and line) so the message names them."""

    def __init__(self, origin: str, reason: str, line: int | None = None):
        self.origin = origin
        self.reason = reason
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")
