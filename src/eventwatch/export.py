"""Exports of event records: JSONL, ACLED-shaped CSV, GTD-shaped CSV and GeoJSON.

Every writer takes any iterable of events (a generator is fine: nothing is held in memory
beyond one row), writes to a text stream and returns how many records it wrote. Output depends
only on the input, so the same events always give byte-identical files. The mapping tables
(ACLED regions, inter codes, GTD specificity, ...) are data in ``resources/export/``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TextIO

import pycountry

from eventwatch.model import Actor, Event
from eventwatch.resources import parse_yaml

RESOURCES = Path(__file__).parent / "resources" / "export"

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

GTD_COLUMNS = (
    "eventid",
    "iyear",
    "imonth",
    "iday",
    "country_txt",
    "provstate",
    "city",
    "latitude",
    "longitude",
    "specificity",
    "attacktype1_txt",
    "targtype1_txt",
    "weaptype1_txt",
    "gname",
    "nkill",
    "nkillter",
    "nwound",
    "summary",
)

Exporter = Callable[[Iterable[Event], TextIO], int]


@cache
def _table(name: str) -> dict[str, Any]:
    with open(RESOURCES / name, encoding="utf-8") as handle:
        return parse_yaml(handle)


@cache
def _regions() -> dict[str, str]:
    return {code: region for region, codes in _table("acled_regions.yaml").items() for code in codes}


@cache
def iso_numeric(country_code: str) -> int | None:
    """ISO 3166-1 numeric code of an alpha-2 code, as ACLED's ``iso`` column writes it."""
    country = pycountry.countries.get(alpha_2=country_code.upper()) if country_code else None
    return int(country.numeric) if country else None


def acled_region(country_code: str | None) -> str:
    return _regions().get((country_code or "").upper(), "")


def _count(best: int | None, low: int | None) -> int | None:
    # the schema's best estimate, else its conservative lower bound
    return best if best is not None else low


def _coordinate(value: float | None) -> float | str:
    return "" if value is None else round(value, 4)


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _inter(actor: Actor | None) -> int:
    if actor is None:
        return 0
    return _table("acled.yaml")["inter"].get(actor.kind, 8)


def _interaction(inter1: int, inter2: int) -> str:
    # ACLED: the two codes, smaller first; a lone actor is its code followed by 0
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0"


def _actor1(event: Event) -> tuple[Actor | None, list[Actor]]:
    if event.perpetrators:
        return event.perpetrators[0], event.perpetrators[1:]
    default = _table("acled.yaml")["default_actor1"].get(event.event_type)
    if not default:
        return None, []
    country = event.location.country if event.location else ""
    name = default["name"].format(country=country).replace(" ()", "")
    return Actor(name, default["kind"]), []


def acled_row(event: Event) -> dict[str, Any]:
    """One ACLED-shaped row (column name -> value) for an event."""
    mapping = _table("acled.yaml")
    place = event.location
    actor1, assoc1 = _actor1(event)
    actor2 = event.targets[0] if event.targets else None
    inter1, inter2 = _inter(actor1), _inter(actor2)
    civilian = any(t.kind in mapping["civilian_kinds"] for t in event.targets) or any(
        t in mapping["civilian_target_types"] for t in event.target_types
    )
    disorder = mapping["disorder_type_by_sub_event"].get(event.sub_event_type) or mapping["disorder_type"].get(
        event.event_type, ""
    )
    code = place.country_code if place else None
    fatalities = _count(event.fatalities.best, event.fatalities.low)
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.date_start.isoformat() if event.date_start else "",
        "year": event.date_start.year if event.date_start else "",
        "time_precision": mapping["time_precision"].get(event.date_precision, 3),
        "disorder_type": disorder,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": actor1.name if actor1 else "",
        "assoc_actor_1": "; ".join(a.name for a in assoc1),
        "inter1": inter1,
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": "; ".join(a.name for a in event.targets[1:]),
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": _blank(iso_numeric(code) if code else None),
        "region": acled_region(code),
        "country": place.country if place else "",
        "admin1": _blank(place.admin1 if place else None),
        "admin2": _blank(place.admin2 if place else None),
        "admin3": "",
        "location": place.name if place else "",
        "latitude": _coordinate(place.lat if place else None),
        "longitude": _coordinate(place.lon if place else None),
        "geo_precision": place.precision if place else "",
        "source": "; ".join(event.doc_ids),
        "source_scale": "",
        "notes": event.summary,
        "fatalities": fatalities if fatalities is not None else 0,
        "tags": "",
        # ACLED's upload time; a constant keeps exports reproducible
        "timestamp": 0,
    }


def gtd_row(event: Event) -> dict[str, Any]:
    """One GTD-shaped row (column name -> value) for an event."""
    mapping = _table("gtd.yaml")
    place = event.location
    day = event.date_start
    parts = mapping["date_parts"].get(event.date_precision, ["year", "month", "day"])
    if day is None:
        year = month = day_of_month = ""
    else:
        year = day.year
        month = day.month if "month" in parts else 0
        day_of_month = day.day if "day" in parts else 0
    if place is None:
        specificity = mapping["no_location_specificity"]
    else:
        specificity = mapping["specificity"].get(place.precision, mapping["no_location_specificity"])
    return {
        "eventid": event.event_id,
        "iyear": year,
        "imonth": month,
        "iday": day_of_month,
        "country_txt": place.country if place else "",
        "provstate": _blank(place.admin1 if place else None),
        "city": place.name if place else "",
        "latitude": _coordinate(place.lat if place else None),
        "longitude": _coordinate(place.lon if place else None),
        "specificity": specificity,
        "attacktype1_txt": _blank(event.attack_type),
        "targtype1_txt": event.target_types[0] if event.target_types else "",
        "weaptype1_txt": event.weapon_types[0] if event.weapon_types else "",
        "gname": event.perpetrators[0].name if event.perpetrators else mapping["unknown_group"],
        "nkill": _blank(_count(event.fatalities.best, event.fatalities.low)),
        "nkillter": _blank(event.fatalities.perpetrators),
        "nwound": _blank(_count(event.injuries.best, event.injuries.low)),
        "summary": event.summary,
    }


def _write_csv(events: Iterable[Event], out: TextIO, columns: tuple[str, ...], row: Callable[[Event], dict]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    written = 0
    for event in events:
        writer.writerow(row(event))
        written += 1
    return written


def _carried_out(events: Iterable[Event]) -> Iterable[Event]:
    """Events done or attempted: neither ACLED nor the GTD codes a threat as an event (the JSON
    exports keep threats, marked ``stage: threatened``)."""
    return (e for e in events if e.stage != "threatened")


def write_acled_csv(events: Iterable[Event], out: TextIO) -> int:
    """CSV in ACLED's column order, threats left out; returns the number of rows."""
    return _write_csv(_carried_out(events), out, ACLED_COLUMNS, acled_row)


def write_gtd_csv(events: Iterable[Event], out: TextIO) -> int:
    """CSV with GTD's column names (``eventid`` first), threats left out; returns the number of rows."""
    return _write_csv(_carried_out(events), out, GTD_COLUMNS, gtd_row)


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """One event record per line; returns the number of lines."""
    written = 0
    for event in events:
        out.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
        written += 1
    return written


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """A FeatureCollection with one Point per event that has coordinates (the record as
    properties); events without coordinates are left out. Returns the number of features."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = 0
    for event in events:
        place = event.location
        if place is None or place.lat is None or place.lon is None:
            continue
        feature = {
            "type": "Feature",
            "id": event.event_id,
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": event.to_record(),
        }
        out.write(("\n" if written == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return written


EXPORTERS: dict[str, Exporter] = {
    "jsonl": write_jsonl,
    "acled-csv": write_acled_csv,
    "gtd-csv": write_gtd_csv,
    "geojson": write_geojson,
}
