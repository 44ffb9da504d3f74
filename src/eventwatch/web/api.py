"""The JSON API (mounted under ``/api``): events with filters, one event with its sources,
aggregates, exports, sign-in, and the review actions.

Handlers are thin: filters and reads live in ``store/query.py``, review decisions in
``store/review.py``; errors of either become 404/422 with a message that names the problem.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse

from eventwatch.export import EXPORTERS
from eventwatch.store import Store, review
from eventwatch.store import query as store_query
from eventwatch.store.query import BBox, EventFilter, FilterError
from eventwatch.store.users import User, authenticate
from eventwatch.web import auth
from eventwatch.web.auth import CsrfChecked, Reader, Reviewer, get_store
from eventwatch.web.models import (
    Aggregates,
    AuditEntry,
    Commented,
    EditRequest,
    EventDetail,
    EventList,
    EventRecord,
    LoginRequest,
    LoginResponse,
    Me,
    MergeRequest,
    MergeResponse,
    Message,
    ReviewResponse,
    SplitRequest,
    SplitResponse,
)
from eventwatch.web.throttle import LoginThrottle

router = APIRouter()
StoreDep = Annotated[Store, Depends(get_store)]

MAX_PER_PAGE = 500
EXPORT_MEDIA = {
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "gtd-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
}
ExportFormat = Literal["acled-csv", "gtd-csv", "geojson", "jsonl"]
SortField = Literal["date", "fatalities", "injuries", "country", "event_type", "updated"]

_NOT_FOUND = {404: {"model": Message, "description": "no such event"}}
_READ_ERRORS = {401: {"model": Message, "description": "reading is closed and nobody is signed in"}}
_REVIEW_ERRORS = {
    401: {"model": Message, "description": "not signed in"},
    403: {"model": Message, "description": "the role cannot review, or the CSRF check failed"},
    404: {"model": Message, "description": "no such event"},
    422: {"description": "a missing comment or a value that cannot be used"},
}


def _listed(values: list[str] | None) -> tuple[str, ...] | None:
    """A repeatable parameter's values, each also split at commas ("status=auto,verified")."""
    return tuple(p.strip() for v in values or () for p in v.split(",") if p.strip()) or None


def event_filter(
    since: Annotated[date | None, Query(description="events on or after this day (date_start)")] = None,
    until: Annotated[date | None, Query(description="events on or before this day (date_start)")] = None,
    country: Annotated[str | None, Query(description="country name or ISO 3166-1 code, any case")] = None,
    admin1: Annotated[str | None, Query(description="first-level region, as stored")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    attack_type: Annotated[str | None, Query(description="GTD attack type")] = None,
    actor: Annotated[str | None, Query(description="part of any perpetrator's or target's name, any case")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, description="at least this many killed (best)")] = None,
    status: Annotated[
        list[str] | None,
        Query(
            description="review status (auto, verified, edited, rejected, merged), repeatable or comma-separated; "
            "default: all but rejected and merged"
        ),
    ] = None,
    stage: Annotated[
        list[str] | None,
        Query(
            description="how far the deed went (accomplished, attempted, threatened), repeatable or "
            "comma-separated; default: every stage"
        ),
    ] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in decimal degrees")] = None,
    q: Annotated[str | None, Query(description="words in the summary or the evidence sentences")] = None,
) -> EventFilter:
    """The filter query parameters every list-type endpoint shares."""
    try:
        return EventFilter(
            since=since,
            until=until,
            country=country or None,
            admin1=admin1 or None,
            event_type=event_type or None,
            sub_event_type=sub_event_type or None,
            attack_type=attack_type or None,
            actor=actor or None,
            min_fatalities=min_fatalities,
            status=_listed(status),
            stage=_listed(stage),
            bbox=BBox.parse(bbox) if bbox else None,
            q=q or None,
        )
    except FilterError as error:
        raise HTTPException(422, str(error)) from error


Filter = Annotated[EventFilter, Depends(event_filter)]


# -- reading ---------------------------------------------------------------------------------------


@router.get("/events", response_model=EventList, responses=_READ_ERRORS, dependencies=[Reader])
def list_events(
    store: StoreDep,
    wanted: Filter,
    sort: SortField = "date",
    order: Literal["asc", "desc"] = "desc",
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = 50,
) -> dict[str, Any]:
    """Events matching the filters, one page at a time, with the total that match."""
    found = _or_422(
        lambda: store_query.list_events(store, wanted, sort=sort, order=order, page=page, per_page=per_page)
    )
    return {
        "total": found.total,
        "page": found.page,
        "per_page": found.per_page,
        "events": [stored.to_record() for stored in found.events],
    }


@router.get(
    "/events/{event_id}", response_model=EventDetail, responses={**_NOT_FOUND, **_READ_ERRORS}, dependencies=[Reader]
)
def get_event(store: StoreDep, event_id: str) -> dict[str, Any]:
    """One event with its evidence, source articles, merge history and review log."""
    stored = store_query.get_stored(store, event_id)
    if stored is None:
        raise HTTPException(404, f"no event {event_id}")
    return {
        "event": stored.to_record(),
        "evidence": store_query.evidence_rows(store, event_id),
        "articles": store_query.source_articles(store, event_id),
        "merges": store_query.merge_history(store, event_id),
        "audit": [entry.to_record() for entry in review.audit_entries(store, event_id)],
    }


@router.get(
    "/events/{event_id}/audit",
    response_model=list[AuditEntry],
    responses={**_NOT_FOUND, **_READ_ERRORS},
    dependencies=[Reader],
)
def get_audit(store: StoreDep, event_id: str) -> list[dict[str, Any]]:
    """The event's review history, oldest first."""
    if store_query.get_stored(store, event_id) is None:
        raise HTTPException(404, f"no event {event_id}")
    return [entry.to_record() for entry in review.audit_entries(store, event_id)]


@router.get("/aggregates", response_model=Aggregates, responses=_READ_ERRORS, dependencies=[Reader])
def aggregates(
    store: StoreDep, wanted: Filter, by: Literal["day", "week", "month", "admin1", "country"] = "day"
) -> dict[str, Any]:
    """Events and fatalities per day, ISO week (from Monday) or month of date_start, in date order;
    or per admin1 region or country, most events first."""
    buckets = _or_422(lambda: store_query.aggregate(store, wanted, by))
    return {"by": by, "buckets": [vars(b) for b in buckets]}


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={200: {"description": "the file", "content": {m: {} for m, _ in EXPORT_MEDIA.values()}}, **_READ_ERRORS},
    dependencies=[Reader],
)
def export(store: StoreDep, wanted: Filter, format: ExportFormat = "jsonl") -> StreamingResponse:  # noqa: A002
    """Every event matching the filters as a file: ACLED-style CSV, GTD-style CSV, GeoJSON or JSONL."""
    media, extension = EXPORT_MEDIA[format]
    # spooled: small exports stay in memory, large ones go to a temporary file, never all in RAM
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+b")  # noqa: SIM115  (closed by _chunks)
    text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
    EXPORTERS[format](store_query.iter_events(store, wanted), text)
    text.flush()
    spool.seek(0)
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    headers = {"Content-Disposition": f'attachment; filename="eventwatch-{stamp}.{extension}"'}
    return StreamingResponse(_chunks(spool, text), media_type=media, headers=headers)


def _chunks(spool: Any, wrapper: io.TextIOWrapper) -> Iterator[bytes]:
    try:
        while chunk := spool.read(64 * 1024):
            yield chunk
    finally:
        wrapper.close()


# -- accounts ----------------------------------------------------------------------------------------


@router.get("/me", response_model=Me)
def me(request: Request, response: Response) -> dict[str, Any]:
    """Who is signed in, and the CSRF token to send in X-CSRF-Token (also set as a cookie)."""
    user = auth.current_user(request)
    return {
        "user": user.name if user else None,
        "role": user.role if user else None,
        "csrf_token": auth.csrf_token(request, response),
        "read_open": auth.get_settings(request).read_open,
    }


@router.post(
    "/login",
    response_model=LoginResponse,
    responses={
        401: {"model": Message, "description": "wrong name or password"},
        403: {"model": Message},
        429: {"model": Message, "description": "too many failed sign-ins"},
    },
    dependencies=[CsrfChecked],
)
def login(request: Request, response: Response, store: StoreDep, body: LoginRequest) -> dict[str, Any]:
    """Sign in: sets the session cookie (HttpOnly, SameSite=Lax) and a fresh CSRF token."""
    throttle: LoginThrottle = request.app.state.login_throttle
    address = request.client.host if request.client else "?"
    wait = throttle.retry_after(address, body.username)
    if wait:
        raise HTTPException(429, f"too many failed sign-ins; try again in {wait} s", headers={"Retry-After": str(wait)})
    user = authenticate(store, body.username, body.password)
    if user is None:
        throttle.failed(address, body.username)
        raise HTTPException(401, "wrong user name or password")
    throttle.succeeded(address, body.username)
    auth.start_session(request, response, user)
    return {"user": user.name, "role": user.role}


@router.post("/logout", response_model=Message, responses={403: {"model": Message}}, dependencies=[CsrfChecked])
def logout(request: Request, response: Response) -> dict[str, str]:
    auth.end_session(request, response)
    return {"detail": "signed out"}


# -- review --------------------------------------------------------------------------------------------


def _or_422(action: Any) -> Any:
    try:
        return action()
    except review.EventNotFound as error:
        raise HTTPException(404, str(error)) from error
    except (review.ReviewError, FilterError) as error:
        raise HTTPException(422, str(error)) from error


def _reviewed(result: review.ReviewResult) -> dict[str, Any]:
    body: dict[str, Any] = {"event": result.event, "audit": result.audit.to_record()}
    if result.merged_ids is not None:
        body["merged_ids"] = result.merged_ids
    if result.new_event is not None:
        body["new_event"] = result.new_event
    return body


@router.post("/events/merge", response_model=MergeResponse, responses=_REVIEW_ERRORS)
def merge_events(store: StoreDep, body: MergeRequest, user: User = Reviewer) -> dict[str, Any]:
    """Fold the other events into the first: their reports, evidence and articles join it and its
    estimates are recomputed across all reports (low/high across them, best the latest, never a sum)."""
    return _reviewed(_or_422(lambda: review.merge(store, body.event_ids, user.name, body.comment)))


@router.post("/events/{event_id}/verify", response_model=ReviewResponse, responses=_REVIEW_ERRORS)
def verify_event(store: StoreDep, event_id: str, body: Commented, user: User = Reviewer) -> dict[str, Any]:
    """Mark the event as checked; status becomes verified."""
    return _reviewed(_or_422(lambda: review.verify(store, event_id, user.name, body.comment)))


@router.post("/events/{event_id}/reject", response_model=ReviewResponse, responses=_REVIEW_ERRORS)
def reject_event(store: StoreDep, event_id: str, body: Commented, user: User = Reviewer) -> dict[str, Any]:
    """Set the event aside; lists hide it unless status=rejected is asked for."""
    return _reviewed(_or_422(lambda: review.reject(store, event_id, user.name, body.comment)))


@router.patch("/events/{event_id}", response_model=ReviewResponse, responses=_REVIEW_ERRORS)
def edit_event(store: StoreDep, event_id: str, body: EditRequest, user: User = Reviewer) -> dict[str, Any]:
    """Change fields of the event; status becomes edited."""
    changes = body.changes.model_dump(mode="json", exclude_unset=True)
    return _reviewed(_or_422(lambda: review.edit(store, event_id, changes, user.name, body.comment)))


@router.post("/events/{event_id}/split", response_model=SplitResponse, responses=_REVIEW_ERRORS)
def split_event(store: StoreDep, event_id: str, body: SplitRequest, user: User = Reviewer) -> dict[str, Any]:
    """Move the named source articles' reports to a new event; both events' estimates are recomputed."""
    return _reviewed(_or_422(lambda: review.split(store, event_id, body.article_ids, user.name, body.comment)))


__all__ = ["EventRecord", "router"]
