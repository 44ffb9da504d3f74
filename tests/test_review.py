"""Review decisions in the store (verify, edit, reject, merge, split) and their audit log, on
SQLite and PostgreSQL: estimates after merges and splits span the reports (never a sum), nothing
is lost, and reviewed events survive re-ingestion and fusion.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwatch.model import Actor, Article, Casualties, Event, Evidence, Place
from eventwatch.run.ingest import ingest_paths
from eventwatch.run.local import RunSummary
from eventwatch.store import Store, review
from eventwatch.store import query as store_query
from eventwatch.store.query import EventFilter
from eventwatch.store.schema import event_articles, event_reports, evidence
from test_store import db_url  # noqa: F401  (fixtures: SQLite and PostgreSQL)

MAIDUGURI = Place("Maiduguri", "Nigeria", "NG", "Borno", None, 11.85, 13.16, geonames_id=2331447)
BIU = Place("Biu", "Nigeria", "NG", "Borno", None, 10.61, 12.19, geonames_id=2346812)
DAMBOA = Place("Damboa", "Nigeria", "NG", "Borno", None, 11.15, 12.76, geonames_id=2337551)


@pytest.fixture
def store(db_url: str) -> Store:  # noqa: F811
    with Store(db_url) as opened:
        yield opened


def report(
    store: Store,
    doc_id: str,
    published: date,
    place: Place,
    killed: int | None,
    *,
    low: int | None = None,
    wounded: int | None = None,
) -> None:
    """Ingest (with fusion) one article reporting a bombing on 2024-01-09 with ``killed`` dead."""
    sentence = f"A bomb killed {killed} people in {place.name}." if killed is not None else f"A bomb hit {place.name}."
    text = f"{sentence} Residents fled the area. ({doc_id})"
    event = Event(
        event_id=f"r-{doc_id}",
        doc_ids=[doc_id],
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        attack_type="Bombing/Explosion",
        date_start=date(2024, 1, 9),
        date_end=date(2024, 1, 9),
        date_precision="day",
        location=place,
        perpetrators=[Actor("Boko Haram", "militants")],
        fatalities=Casualties(best=killed, low=killed if low is None else low),
        injuries=Casualties(best=wounded, low=wounded),
        summary=sentence,
        evidence=[Evidence(doc_id, 0, len(sentence), sentence, ["fatalities", "location"])],
        confidence=0.7,
    )
    store.ingest(Article(doc_id, text, source=f"outlet {doc_id}", published=published), [event])


def event_of(store: Store, doc_id: str) -> dict:
    """The stored event (record with status and sources) an article's report belongs to."""
    with store.engine.connect() as conn:
        event_id = conn.execute(
            sa.select(event_reports.c.event_id).where(event_reports.c.report_id == f"r-{doc_id}")
        ).scalar_one()
    return store_query.get_stored(store, event_id).to_record()


def figures(record: dict, name: str = "fatalities") -> tuple:
    counts = record[name]
    return counts["best"], counts["low"], counts["high"]


def article_ids(store: Store, *doc_ids: str) -> list[int]:
    from eventwatch.store.schema import articles

    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(articles.c.id).where(articles.c.doc_id.in_(doc_ids))).scalars())


# -- single-event decisions ------------------------------------------------------------------------


def test_verify_reject_and_their_audit_entries(store: Store) -> None:
    report(store, "a", date(2024, 1, 9), MAIDUGURI, 10)
    event_id = event_of(store, "a")["event_id"]
    result = review.verify(store, event_id, "cora", "  matches the police statement ")
    assert result.event["status"] == "verified"
    assert store.get_event(event_id).status == "verified"
    result = review.reject(store, event_id, "ada", "a training exercise, not an attack")
    assert result.event["status"] == "rejected"
    entries = review.audit_entries(store, event_id)
    assert [(e.action, e.user, e.comment) for e in entries] == [
        ("verify", "cora", "matches the police statement"),
        ("reject", "ada", "a training exercise, not an attack"),
    ]
    assert entries[0].before["status"] == "auto" and entries[0].after["status"] == "verified"
    assert entries[1].before == entries[0].after
    assert entries[0].at <= entries[1].at and entries[0].at.tzinfo is not None
    assert store_query.list_events(store, EventFilter()).total == 0  # rejected: hidden
    assert store_query.list_events(store, EventFilter(status=("rejected",))).total == 1


def test_edit_changes_fields_and_keeps_the_rest(store: Store) -> None:
    report(store, "a", date(2024, 1, 9), MAIDUGURI, 10)
    before = event_of(store, "a")
    result = review.edit(
        store,
        before["event_id"],
        {
            "date_start": "2024-01-08",
            "injuries": {"best": 4, "low": 4},
            "targets": ["a bus station"],
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
        },
        "cora",
        "the bus station attack was the evening before",
    )
    after = result.event
    assert after["status"] == "edited"
    assert (after["date_start"], after["date_end"]) == ("2024-01-08", "2024-01-09")
    assert figures(after, "injuries") == (4, 4, None)
    assert after["targets"] == [{"name": "a bus station", "kind": "other"}]
    assert (after["event_type"], after["sub_event_type"]) == ("Violence against civilians", "Attack")
    for unchanged in ("fatalities", "location", "perpetrators", "evidence", "doc_ids", "summary"):
        assert after[unchanged] == before[unchanged], unchanged
    assert result.audit.before == before and result.audit.after == after
    found = store_query.list_events(store, EventFilter(event_type="Violence against civilians", until=date(2024, 1, 8)))
    assert [s.event.event_id for s in found.events] == [before["event_id"]]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({}, "no changes"),
        ({"confidence": 1}, "not editable"),
        ({"fatalities": {"best": 30, "high": 20}}, "below best"),
        ({"fatalities": {"worst": 3}}, "no part"),
        ({"location": {"country_code": "Nigeria"}}, "two letters"),
        ({"location": {"lat": 5, "lon": None}}, "both lat and lon"),
        ({"date_end": "2024-01-01"}, "before date_start"),
        ({"date_start": "9 January"}, "YYYY-MM-DD"),
        ({"kidnapped": -2}, "≥ 0"),
        ({"targets": [{"name": ""}]}, "needs a name"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(store: Store, changes: dict, message: str) -> None:
    report(store, "a", date(2024, 1, 9), MAIDUGURI, 10)
    event_id = event_of(store, "a")["event_id"]
    with pytest.raises(review.ReviewError, match=message):
        review.edit(store, event_id, changes, "cora", "try")
    assert event_of(store, "a")["status"] == "auto"
    assert review.audit_entries(store, event_id) == []


def test_a_comment_is_required(store: Store) -> None:
    report(store, "a", date(2024, 1, 9), MAIDUGURI, 10)
    event_id = event_of(store, "a")["event_id"]
    for comment in ("", "   ", None):
        with pytest.raises(review.ReviewError, match="comment"):
            review.verify(store, event_id, "cora", comment)  # type: ignore[arg-type]
    with pytest.raises(review.EventNotFound):
        review.verify(store, "ev-none", "cora", "why")


# -- merge and split -------------------------------------------------------------------------------


def test_merge_takes_estimates_across_reports_never_a_sum(store: Store) -> None:
    report(store, "early", date(2024, 1, 9), MAIDUGURI, 10, wounded=3)  # "at least 10"
    report(store, "late", date(2024, 1, 12), BIU, 25)  # another town: fusion keeps them apart
    report(store, "mid", date(2024, 1, 10), DAMBOA, 7)
    keep, late, mid = (event_of(store, d) for d in ("early", "late", "mid"))
    assert len({keep["event_id"], late["event_id"], mid["event_id"]}) == 3

    result = review.merge(store, [keep["event_id"], late["event_id"], mid["event_id"]], "cora", "one bombing")
    merged = result.event
    # best: the most recent report's figure; low/high: across every report; not 10 + 25 + 7
    assert figures(merged) == (25, 7, 25)
    assert figures(merged, "injuries") == (3, 3, 3)
    assert merged["status"] == "edited" and merged["sources"] == 3
    assert merged["doc_ids"] == ["early", "mid", "late"]  # in publication order
    assert {e["doc_id"] for e in merged["evidence"]} == {"early", "mid", "late"}
    assert result.merged_ids == [late["event_id"], mid["event_id"]]

    for other in (late, mid):
        stored = store_query.get_stored(store, other["event_id"]).to_record()
        assert stored["status"] == "merged" and stored["merged_into"] == keep["event_id"]
        # its reports, evidence and links moved; nothing was deleted
        with store.engine.connect() as conn:
            for table in (event_reports, evidence, event_articles):
                left = conn.execute(
                    sa.select(sa.func.count()).select_from(table).where(table.c.event_id == other["event_id"])
                ).scalar_one()
                assert left == 0, table.name
        (entry,) = review.audit_entries(store, other["event_id"])
        assert entry.action == "merged" and entry.before == other and entry.after["merged_into"] == keep["event_id"]
    (entry,) = review.audit_entries(store, keep["event_id"])
    assert (entry.action, entry.user, entry.comment) == ("merge", "cora", "one bombing")
    assert entry.before == keep and entry.after == merged
    assert store_query.list_events(store, EventFilter()).total == 1
    assert store_query.list_events(store, EventFilter(status=("merged",))).total == 2
    # the evidence moved with the reports: full-text search finds Biu's sentence under the kept event
    found = store_query.list_events(store, EventFilter(q="Biu"))
    assert [s.event.event_id for s in found.events] == [keep["event_id"]]


def test_merge_refuses_what_cannot_be_merged(store: Store) -> None:
    report(store, "a", date(2024, 1, 9), MAIDUGURI, 10)
    report(store, "b", date(2024, 1, 9), BIU, 3)
    a, b = event_of(store, "a")["event_id"], event_of(store, "b")["event_id"]
    with pytest.raises(review.ReviewError, match="two different"):
        review.merge(store, [a, a], "cora", "x")
    with pytest.raises(review.EventNotFound):
        review.merge(store, [a, "ev-none"], "cora", "x")
    review.merge(store, [a, b], "cora", "same")
    with pytest.raises(review.ReviewError, match="already merged"):
        review.merge(store, [a, b], "cora", "again")
    with pytest.raises(review.ReviewError, match="merged into"):
        review.verify(store, b, "cora", "x")


def test_split_recomputes_both_events(store: Store) -> None:
    report(store, "a1", date(2024, 1, 9), MAIDUGURI, 10)
    report(store, "a2", date(2024, 1, 10), MAIDUGURI, 12, wounded=30)
    report(store, "a3", date(2024, 1, 11), MAIDUGURI, 25)
    fused = event_of(store, "a1")
    assert event_of(store, "a3")["event_id"] == fused["event_id"]  # fusion joined all three
    assert figures(fused) == (25, 10, 25) and fused["sources"] == 3

    (a3,) = article_ids(store, "a3")
    result = review.split(store, fused["event_id"], [a3], "cora", "a3 is about another bombing")
    old, new = result.event, result.new_event
    assert old["event_id"] == fused["event_id"] and new["event_id"] != fused["event_id"]
    assert figures(old) == (12, 10, 12)  # what a1 and a2 said
    assert figures(new) == (25, 25, 25)
    assert figures(old, "injuries") == (30, 30, 30) and new["injuries"]["best"] is None
    assert (old["doc_ids"], new["doc_ids"]) == (["a1", "a2"], ["a3"])
    assert (old["sources"], new["sources"]) == (2, 1)
    assert old["status"] == new["status"] == "edited"
    assert new["split_from"] == fused["event_id"]
    detail = store_query.source_articles(store, new["event_id"])
    assert [a["doc_id"] for a in detail] == ["a3"]
    assert {e["article_id"] for e in store_query.evidence_rows(store, new["event_id"])} == {a3}

    (entry,) = review.audit_entries(store, fused["event_id"])
    assert entry.action == "split" and entry.before == fused and entry.after == old
    (created,) = review.audit_entries(store, new["event_id"])
    assert created.action == "split" and created.before is None and created.after == new


def test_split_refuses_what_cannot_be_split(store: Store) -> None:
    report(store, "a1", date(2024, 1, 9), MAIDUGURI, 10)
    report(store, "a2", date(2024, 1, 10), MAIDUGURI, 12)
    event_id = event_of(store, "a1")["event_id"]
    both = article_ids(store, "a1", "a2")
    with pytest.raises(review.ReviewError, match="at least one"):
        review.split(store, event_id, both, "cora", "x")
    with pytest.raises(review.ReviewError, match="no report from article"):
        review.split(store, event_id, [max(both) + 100], "cora", "x")
    with pytest.raises(review.ReviewError, match="at least one article"):
        review.split(store, event_id, [], "cora", "x")


def test_merge_then_split_gets_back_the_figures(store: Store) -> None:
    report(store, "a", date(2024, 1, 9), MAIDUGURI, 10)
    report(store, "b", date(2024, 1, 12), BIU, 25)
    a, b = event_of(store, "a"), event_of(store, "b")
    review.merge(store, [a["event_id"], b["event_id"]], "cora", "same")
    split = review.split(store, a["event_id"], article_ids(store, "b"), "ada", "not the same after all")
    assert figures(split.event) == figures(a)
    assert figures(split.new_event) == figures(b)
    assert [e.action for e in review.audit_entries(store, a["event_id"])] == ["merge", "split"]


# -- reviewed events survive automatic runs --------------------------------------------------------

KANO_FIRST = (
    "KANO, Nigeria (Test Wire) -- Gunmen attacked a police checkpoint in Kano on Saturday, "
    "killing at least 4 officers, police said."
)
KANO_LATER = (
    "Nine police officers were killed when gunmen attacked a checkpoint in Kano, Nigeria, on Saturday, "
    "a police spokesman said on Sunday."
)
GOMA = "Rebels ambushed a military convoy near Goma, Democratic Republic of Congo, on Tuesday, killing 6 soldiers."


def write_jsonl(path: Path, rows: list[tuple[str, str, str]]) -> str:
    path.write_text(
        "".join(json.dumps({"id": i, "text": t, "published": p}) + "\n" for i, t, p in rows), encoding="utf-8"
    )
    return str(path)


def ingest(store: Store, path: str, *, force: bool = False) -> None:
    summary = RunSummary()
    ingest_paths([path], store, summary, on_error=lambda e: pytest.fail(str(e)), force=force)
    assert not summary.failed


def snapshot(store: Store, event_id: str) -> dict:
    record = store_query.get_stored(store, event_id).to_record()
    record.pop("sources")
    return record


def test_reviewed_events_survive_reingest_and_new_reports(store: Store, tmp_path: Path) -> None:
    first = write_jsonl(
        tmp_path / "first.jsonl", [("kano-1", KANO_FIRST, "2024-03-02"), ("goma-1", GOMA, "2024-03-06")]
    )
    ingest(store, first)
    kano = store_query.list_events(store, EventFilter(country="NG")).events[0].event.event_id
    goma = store_query.list_events(store, EventFilter(country="CD")).events[0].event.event_id
    review.edit(store, kano, {"fatalities": {"best": 5, "low": 5, "high": 5}}, "cora", "hospital count")
    review.reject(store, goma, "cora", "duplicate of an older event")
    edited, rejected = snapshot(store, kano), snapshot(store, goma)

    ingest(store, first, force=True)  # the same articles analysed and stored again
    assert snapshot(store, kano) == edited
    assert snapshot(store, goma) == rejected

    later = write_jsonl(tmp_path / "later.jsonl", [("kano-2", KANO_LATER, "2024-03-03")])
    ingest(store, later)  # a new report of the same incident, with another toll
    stored = store_query.get_stored(store, kano)
    assert stored.sources == 2  # fusion counted the new report...
    assert stored.event.fatalities.best == 5  # ...but the reviewer's figure stays
    assert stored.status == "edited"
    assert store.reports(kano)[-1]["fatalities"]["best"] == 9  # the report itself is kept
    assert "kano-2" in stored.event.doc_ids
    assert {k: v for k, v in stored.to_record().items() if k not in ("sources", "doc_ids", "evidence")} == {
        k: v for k, v in edited.items() if k not in ("doc_ids", "evidence")
    }
    ingest(store, later, force=True)
    assert store_query.get_stored(store, kano).event.fatalities.best == 5


def test_merged_events_are_not_resurrected_by_reingest(store: Store, tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "first.jsonl", [("kano-1", KANO_FIRST, "2024-03-02")])
    ingest(store, first)
    other = write_jsonl(tmp_path / "goma.jsonl", [("goma-1", GOMA, "2024-03-06")])
    ingest(store, other)
    kano = store_query.list_events(store, EventFilter(country="NG")).events[0].event.event_id
    goma = store_query.list_events(store, EventFilter(country="CD")).events[0].event.event_id
    review.merge(store, [kano, goma], "cora", "test merge")
    kept, gone = snapshot(store, kano), snapshot(store, goma)
    ingest(store, first, force=True)
    ingest(store, other, force=True)
    assert snapshot(store, kano) == kept
    assert snapshot(store, goma) == gone
    assert [s.event.event_id for s in store_query.list_events(store, EventFilter()).events] == [kano]
    # a new report of the merged-away incident never joins the merged event (which has no reports left)
    again = write_jsonl(tmp_path / "goma2.jsonl", [("goma-2", GOMA.replace("Rebels", "Armed rebels"), "2024-03-06")])
    ingest(store, again)
    assert snapshot(store, goma) == gone
    with store.engine.connect() as conn:
        holders = conn.execute(sa.select(event_reports.c.event_id).distinct()).scalars().all()
    assert goma not in holders
