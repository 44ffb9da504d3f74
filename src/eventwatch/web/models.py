"""Typed request and response bodies of the JSON API (they make up its OpenAPI document).

The event record mirrors EVENT_SCHEMA.md; extra fields a record may carry (a reviewer's notes,
``merged_into``) pass through.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventwatch.model import ActorKind, EventType

Role = Literal["reader", "coder", "admin"]


# -- the event record ------------------------------------------------------------------------------


class Location(BaseModel):
    name: str
    admin1: str | None = None
    admin2: str | None = None
    country: str
    country_code: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: int = Field(1, ge=1, le=3)


class ActorRecord(BaseModel):
    name: str
    kind: str


class Fatalities(BaseModel):
    best: int | None = None
    low: int | None = None
    high: int | None = None
    perpetrators: int | None = None
    security_forces: int | None = None
    civilians: int | None = None


class Injuries(BaseModel):
    best: int | None = None
    low: int | None = None
    high: int | None = None


class EvidenceRecord(BaseModel):
    doc_id: str
    start: int
    end: int
    text: str
    fields: list[str]


class EventRecord(BaseModel):
    """An event record of EVENT_SCHEMA.md with its review status and independent source count.

    Reviewed records may carry more: ``notes`` (a reviewer's), ``merged_into`` (status merged),
    ``split_from`` (an event split off another)."""

    model_config = ConfigDict(extra="allow")

    schema_version: int
    event_id: str
    doc_ids: list[str]
    event_type: str
    sub_event_type: str
    attack_type: str | None
    target_types: list[str]
    weapon_types: list[str]
    date_start: date | None
    date_end: date | None
    date_precision: str
    location: Location | None
    perpetrators: list[ActorRecord]
    targets: list[ActorRecord]
    fatalities: Fatalities
    injuries: Injuries
    kidnapped: int | None
    summary: str
    evidence: list[EvidenceRecord]
    confidence: float
    status: str
    sources: int
    stage: str | None = None
    background: bool | None = None


class EventList(BaseModel):
    total: int
    page: int
    per_page: int
    events: list[EventRecord]


class EvidenceRow(BaseModel):
    article_id: int
    start: int
    end: int
    text: str
    fields: list[str]


class SourceArticle(BaseModel):
    id: int
    doc_id: str
    title: str | None
    url: str | None
    source: str | None
    published: date | None
    text: str | None = Field(description="the article text; null for articles stored before it was kept")


class MergeRow(BaseModel):
    event_id: str = Field(description="the event the report joined (this one, or one merged into it since)")
    article_id: int
    doc_id: str
    report_id: str
    score: float
    reasons: list[str]
    created_at: datetime


class AuditEntry(BaseModel):
    id: int
    event_id: str
    action: Literal["verify", "edit", "reject", "merge", "merged", "split"]
    user: str
    at: datetime
    comment: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class EventDetail(BaseModel):
    event: EventRecord
    evidence: list[EvidenceRow]
    articles: list[SourceArticle]
    merges: list[MergeRow]
    audit: list[AuditEntry]


class Bucket(BaseModel):
    key: str
    events: int
    fatalities: int


class Aggregates(BaseModel):
    by: Literal["day", "week", "month", "admin1", "country"]
    buckets: list[Bucket]


# -- accounts ----------------------------------------------------------------------------------------


class Me(BaseModel):
    user: str | None
    role: Role | None
    csrf_token: str
    read_open: bool


class LoginRequest(BaseModel):
    username: str = Field(min_length=1)
    password: str = Field(min_length=1)


class LoginResponse(BaseModel):
    user: str
    role: Role


class Message(BaseModel):
    detail: str


# -- review ------------------------------------------------------------------------------------------


class Commented(BaseModel):
    comment: str = Field(description="why: required, not blank")

    @field_validator("comment")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a comment is required")
        return value.strip()


class LocationChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = Field(None, min_length=2, max_length=2)
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    geonames_id: int | None = None
    precision: int | None = Field(None, ge=1, le=3)


class FatalitiesChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    best: int | None = Field(None, ge=0)
    low: int | None = Field(None, ge=0)
    high: int | None = Field(None, ge=0)
    perpetrators: int | None = Field(None, ge=0)
    security_forces: int | None = Field(None, ge=0)
    civilians: int | None = Field(None, ge=0)


class InjuriesChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    best: int | None = Field(None, ge=0)
    low: int | None = Field(None, ge=0)
    high: int | None = Field(None, ge=0)


class ActorChange(BaseModel):
    name: str = Field(min_length=1)
    kind: ActorKind = "other"


class EventChanges(BaseModel):
    """The fields to change; parts of location, fatalities and injuries left out stay as they are."""

    model_config = ConfigDict(extra="forbid")

    event_type: EventType | None = None
    sub_event_type: str | None = None
    attack_type: str | None = None
    stage: Literal["accomplished", "attempted", "threatened"] | None = None
    target_types: list[str] | None = None
    weapon_types: list[str] | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_precision: Literal["day", "week", "month", "year", "unknown"] | None = None
    location: LocationChange | None = None
    fatalities: FatalitiesChange | None = None
    injuries: InjuriesChange | None = None
    kidnapped: int | None = Field(None, ge=0)
    perpetrators: list[ActorChange | str] | None = None
    targets: list[ActorChange | str] | None = None
    summary: str | None = None
    notes: str | None = None


class EditRequest(Commented):
    changes: EventChanges


class MergeRequest(Commented):
    event_ids: list[str] = Field(min_length=2, description="the event to keep first, then those folded into it")


class SplitRequest(Commented):
    article_ids: list[int] = Field(min_length=1, description="stored article ids (``articles[].id`` of the event)")


class ReviewResponse(BaseModel):
    event: EventRecord
    audit: AuditEntry


class MergeResponse(ReviewResponse):
    merged_ids: list[str] = Field(description="the events folded into ``event`` (now status merged)")


class SplitResponse(ReviewResponse):
    new_event: EventRecord = Field(description="the event the named articles' reports moved to")
