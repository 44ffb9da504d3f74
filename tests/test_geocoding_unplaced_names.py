"""Geocoding: a place the data lacks, cued as a place in a text that tells no country, keeps its
name in the record (no country, no point) rather than leaving the record without a place."""

from __future__ import annotations

from conftest import event_place
from eventwatch.resolve.unplaced import name_only


def test_a_cued_village_of_no_told_country_is_named() -> None:
    place = event_place("Two farmers were shot dead by gunmen in the village of Wembalori on Tuesday night.")
    assert place is not None and place.name == "Wembalori"
    assert place.country_code == "" and place.lat is None and place.geonames_id is None


def test_a_town_written_with_its_unit_the_data_lacks_is_named() -> None:
    place = event_place("A roadside bomb killed one trader in the Dorvasi Subdivision on Friday.")
    assert place is not None and place.name == "Dorvasi Subdivision"


def test_a_word_describing_the_quarter_named_after_it_is_no_place() -> None:
    place = event_place("Nine shoppers died when a bomb went off in the mainly Yarsani neighbourhood of Tel Marwan.")
    assert place is not None and place.name == "Tel Marwan"
    place = event_place("A grenade wounded four men in the Yarsani district of Qusour Jadid on Sunday.")
    assert place is not None and place.name == "Qusour Jadid"


def test_the_unit_written_after_the_unnamed_town_holds_it() -> None:
    place = event_place("A policeman died during a raid in the town of Kelbarin in Yuvrana region.")
    assert place is not None and place.name == "Kelbarin" and place.admin2 == "Yuvrana region"


def test_a_told_country_still_places_the_town() -> None:
    place = event_place("Gunmen shot dead two farmers in the village of Wembalori in Nigeria on Tuesday.")
    assert place is not None and place.name == "Wembalori" and place.country_code == "NG"


def test_a_record_with_a_name_only_place_exports() -> None:
    import io

    from eventwatch.export import EXPORTERS
    from eventwatch.model import Article
    from eventwatch.pipeline import analyse

    events = analyse(Article(doc_id="t", text="Gunmen killed three guards in the town of Wembalori on Monday."))
    assert events and events[0].location is not None
    for name, exporter in EXPORTERS.items():
        out = io.StringIO()
        exporter(events, out)
        assert name == "geojson" or "Wembalori" in out.getvalue(), name


def test_an_unknown_country_is_written_as_not_reported() -> None:
    from eventwatch.model import Place

    record = name_only("Wembalori").to_record()
    assert record["name"] == "Wembalori"
    assert record["country"] is None and record["country_code"] is None
    assert Place.from_record(record) == name_only("Wembalori")


def test_a_bare_name_after_in_of_no_told_country_is_named() -> None:
    place = event_place("Three shopkeepers were killed when a bomb went off in Dorvalu on Saturday.")
    assert place is not None and place.name == "Dorvalu" and place.country_code == ""


def test_a_possessive_after_in_is_no_place() -> None:
    place = event_place("Three shopkeepers were killed when a bomb went off in McKelby's on Saturday.")
    assert place is None or place.name != "McKelby's"
