"""Export tests on hand-built events."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pycountry
import pytest

from eventwatch.export import (
    ACLED_COLUMNS,
    EXPORTERS,
    GTD_COLUMNS,
    acled_region,
    write_acled_csv,
    write_geojson,
    write_gtd_csv,
    write_jsonl,
)
from eventwatch.model import Actor, Casualties, Event, Evidence, Place


def ambush() -> Event:
    return Event(
        event_id="ev-1",
        doc_ids=["wire-7", "wire-9"],
        event_type="Battles",
        sub_event_type="Armed clash",
        attack_type="Armed Assault",
        target_types=["Military"],
        weapon_types=["Firearms", "Explosives"],
        date_start=date(2022, 11, 3),
        date_end=date(2022, 11, 3),
        date_precision="day",
        location=Place("Ayorou", "Niger", "NE", admin1="Tillabéri", lat=14.731234567, lon=0.91876, precision=1),
        perpetrators=[Actor("insurgents of the border zone", "militants"), Actor("allied gunmen", "other")],
        targets=[Actor("border patrol", "military")],
        fatalities=Casualties(best=11, low=9, high=14, perpetrators=4),
        injuries=Casualties(best=6),
        summary="Insurgents attacked a border patrol near Ayorou; eleven died.",
        evidence=[Evidence("wire-7", 0, 20, "Insurgents attacked.", ["event_type"])],
    )


def march() -> Event:
    return Event(
        event_id="ev-2",
        doc_ids=["blog-1"],
        event_type="Protests",
        sub_event_type="Peaceful protest",
        date_start=date(2021, 4, 15),
        date_precision="month",
        location=Place("Cuenca", "Ecuador", "EC", admin1="Azuay", lat=-2.9, lon=-79.0, precision=2),
        perpetrators=[Actor("nurses", "protesters")],
        fatalities=Casualties(best=0),
        summary="Nurses marched in Cuenca.",
    )


def raid() -> Event:
    return Event(
        event_id="ev-3",
        doc_ids=["radio-2"],
        event_type="Violence against civilians",
        sub_event_type="Attack",
        target_types=["Private Citizens & Property"],
        date_precision="unknown",
        location=Place("Kazakhstan", "Kazakhstan", "KZ", precision=3),
        targets=[Actor("villagers", "civilians")],
        fatalities=Casualties(low=12),
        summary="Dozens of villagers were killed by unknown attackers.",
    )


def unplaced() -> Event:
    return Event(
        event_id="ev-4",
        doc_ids=["memo-5"],
        event_type="Strategic developments",
        sub_event_type="Arrests",
        date_start=date(2020, 1, 2),
        date_precision="year",
        summary="Officials announced arrests.",
    )


ALL = [ambush(), march(), raid(), unplaced()]


def read_csv(writer, events) -> tuple[list[str], list[dict[str, str]]]:
    out = io.StringIO()
    count = writer(iter(events), out)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    rows = list(reader)
    assert count == len(rows)
    return reader.fieldnames, rows


def test_acled_columns_and_rows() -> None:
    header, rows = read_csv(write_acled_csv, ALL)
    assert header == list(ACLED_COLUMNS)
    assert header[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    assert header[-3:] == ["fatalities", "tags", "timestamp"]
    assert len(header) == 31
    assert rows[0] == {
        "event_id_cnty": "ev-1",
        "event_date": "2022-11-03",
        "year": "2022",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "insurgents of the border zone",
        "assoc_actor_1": "allied gunmen",
        "inter1": "2",
        "actor2": "border patrol",
        "assoc_actor_2": "",
        "inter2": "1",
        "interaction": "12",
        "civilian_targeting": "",
        "iso": "562",
        "region": "Western Africa",
        "country": "Niger",
        "admin1": "Tillabéri",
        "admin2": "",
        "admin3": "",
        "location": "Ayorou",
        "latitude": "14.7312",
        "longitude": "0.9188",
        "geo_precision": "1",
        "source": "wire-7; wire-9",
        "source_scale": "",
        "notes": "Insurgents attacked a border patrol near Ayorou; eleven died.",
        "fatalities": "11",
        "tags": "",
        "timestamp": "0",
    }


def test_acled_mappings_for_other_events() -> None:
    _, (_, protest, attack, arrests) = read_csv(write_acled_csv, ALL)
    assert (protest["disorder_type"], protest["time_precision"]) == ("Demonstrations", "2")
    assert (protest["inter1"], protest["inter2"], protest["interaction"]) == ("6", "0", "60")
    assert (protest["iso"], protest["region"], protest["fatalities"]) == ("218", "South America", "0")

    # no perpetrator named: ACLED's unidentified armed group, a political militia (3)
    assert attack["actor1"] == "Unidentified Armed Group (Kazakhstan)"
    assert (attack["inter1"], attack["inter2"], attack["interaction"]) == ("3", "7", "37")
    assert attack["civilian_targeting"] == "Civilian targeting"
    assert (attack["event_date"], attack["year"], attack["time_precision"]) == ("", "", "3")
    assert (attack["iso"], attack["region"]) == ("398", "Caucasus and Central Asia")
    assert (attack["latitude"], attack["longitude"], attack["geo_precision"]) == ("", "", "3")
    assert attack["fatalities"] == "12"  # only a lower bound was reported

    assert arrests["disorder_type"] == "Strategic developments"
    assert (arrests["actor1"], arrests["inter1"], arrests["interaction"]) == ("", "0", "")
    assert (arrests["iso"], arrests["region"], arrests["country"]) == ("", "", "")


def test_gtd_columns_and_rows() -> None:
    header, rows = read_csv(write_gtd_csv, ALL)
    assert header == list(GTD_COLUMNS)
    assert header[0] == "eventid" and header[1:4] == ["iyear", "imonth", "iday"]
    assert rows[0] == {
        "eventid": "ev-1",
        "iyear": "2022",
        "imonth": "11",
        "iday": "3",
        "country_txt": "Niger",
        "provstate": "Tillabéri",
        "city": "Ayorou",
        "latitude": "14.7312",
        "longitude": "0.9188",
        "specificity": "1",
        "attacktype1_txt": "Armed Assault",
        "targtype1_txt": "Military",
        "weaptype1_txt": "Firearms",
        "gname": "insurgents of the border zone",
        "nkill": "11",
        "nkillter": "4",
        "nwound": "6",
        "summary": "Insurgents attacked a border patrol near Ayorou; eleven died.",
    }
    protest, attack, arrests = rows[1:]
    assert (protest["iyear"], protest["imonth"], protest["iday"], protest["specificity"]) == (
        "2021",
        "4",
        "0",
        "2",
    )
    assert (protest["gname"], protest["nkill"], protest["nwound"]) == ("nurses", "0", "")
    assert (attack["iyear"], attack["gname"], attack["nkill"], attack["nkillter"]) == (
        "",
        "Unknown",
        "12",
        "",
    )
    assert (attack["specificity"], attack["attacktype1_txt"]) == ("3", "")
    assert (arrests["iyear"], arrests["imonth"], arrests["iday"], arrests["specificity"]) == (
        "2020",
        "0",
        "0",
        "5",
    )


def test_geojson_has_located_events_only() -> None:
    out = io.StringIO()
    assert write_geojson(iter(ALL), out) == 2
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    first, second = collection["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [0.91876, 14.731234567]}
    assert first["properties"] == ambush().to_record()
    assert second["id"] == "ev-2" and second["geometry"]["coordinates"] == [-79.0, -2.9]


def test_empty_geojson_is_valid() -> None:
    out = io.StringIO()
    assert write_geojson([], out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_jsonl_round_trips() -> None:
    out = io.StringIO()
    assert write_jsonl(ALL, out) == 4
    lines = out.getvalue().splitlines()
    assert [Event.from_record(json.loads(line)) for line in lines] == ALL
    assert "Tillabéri" in lines[0]  # readable UTF-8, not \u escapes


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_exports_are_deterministic(name: str) -> None:
    first, second = io.StringIO(), io.StringIO()
    EXPORTERS[name](ALL, first)
    EXPORTERS[name](iter(ALL), second)
    assert first.getvalue() == second.getvalue() != ""


def test_exporter_names() -> None:
    assert set(EXPORTERS) == {"jsonl", "acled-csv", "gtd-csv", "geojson"}


def test_every_country_has_an_acled_region() -> None:
    missing = [c.alpha_2 for c in pycountry.countries if not acled_region(c.alpha_2)]
    assert missing == []
    assert acled_region("no") == "Europe"  # Norway survives YAML's "NO means false"
    assert (acled_region("SD"), acled_region("MX"), acled_region("TR")) == (
        "Northern Africa",
        "Central America",
        "Middle East",
    )
    assert acled_region(None) == ""


@pytest.mark.parametrize("writer", [write_acled_csv, write_gtd_csv])
def test_threats_stay_out_of_the_acled_and_gtd_tables(writer) -> None:
    threat = replace(ambush(), event_id="ev-threat", stage="threatened")
    _, rows = read_csv(writer, [ambush(), threat])
    assert len(rows) == 1
    out = io.StringIO()
    assert write_jsonl([ambush(), threat], out) == 2  # the JSON records keep the threat, marked
    assert '"stage": "threatened"' in out.getvalue()
