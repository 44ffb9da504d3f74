"""Fusion across articles: one event per incident, estimates across reports, reprints, stable
ids, reviewed events, and the merge log. Runs on SQLite and on the local PostgreSQL server.

The cross-report set ``fusion_cases/cases.jsonl`` holds short reports written for these tests:
the same incidents told by different outlets on different days with changing counts and
spellings, and different incidents that look alike (same town another day, same day another
town, same town and day but another kind of violence). ``incident`` is the gold cluster.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwatch.fuse_dupes import buckets, is_near_duplicate, signature, similarity
from eventwatch.fuse_reports import Report, combine, estimate, score, settings, when
from eventwatch.model import Actor, Article, Casualties, Event, Evidence, Place
from eventwatch.store import Store
from eventwatch.store.schema import articles, event_reports
from test_store import db_url  # noqa: F401  (fixtures: SQLite and PostgreSQL)

CASES = Path(__file__).parent / "fusion_cases" / "cases.jsonl"


def case_rows() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_article(row: dict) -> Article:
    return Article(row["id"], row["text"], source=row["source"], published=date.fromisoformat(row["published"]))


@cache
def analysed(doc_id: str) -> tuple[Event, ...]:
    from eventwatch.pipeline import analyse

    row = next(r for r in case_rows() if r["id"] == doc_id)
    return tuple(analyse(as_article(row)))


def fresh(doc_id: str) -> list[Event]:
    # the store must never depend on the caller keeping its objects untouched
    return [Event.from_record(e.to_record()) for e in analysed(doc_id)]


def ingest_all(store: Store, rows: list[dict]) -> None:
    for row in rows:
        store.ingest(as_article(row), fresh(row["id"]))


def clusters(store: Store) -> dict[str, str]:
    """doc id -> the stored event its report joined."""
    with store.engine.connect() as conn:
        found = conn.execute(
            sa.select(articles.c.doc_id, event_reports.c.event_id).join(
                articles, articles.c.id == event_reports.c.article_id
            )
        ).all()
    assert len({d for d, _ in found}) == len(found), "every case text reports one event"
    return dict(found)


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(predicted), 2):
        same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / (tp + fp), tp / (tp + fn)


@pytest.fixture
def store(db_url: str) -> Store:  # noqa: F811
    with Store(db_url) as opened:
        yield opened


def event_of(store: Store, doc_id: str) -> Event:
    return store.get_event(clusters(store)[doc_id])


# -- the cross-report set ----------------------------------------------------------------------


def test_cross_report_merging_precision_and_recall(store: Store) -> None:
    rows = case_rows()
    ingest_all(store, rows)
    predicted = clusters(store)
    gold = {r["id"]: r["incident"] for r in rows}
    assert len(predicted) >= 0.9 * len(rows)  # the pipeline found an event in (nearly) every text
    precision, recall = pairwise(predicted, gold)
    print(f"pairwise merging precision {precision:.3f} recall {recall:.3f} over {len(predicted)} reports")
    assert precision >= 0.95
    assert recall >= 0.90
    # every look-alike stays an event of its own
    for row in rows:
        if row["id"].startswith("x_") and row["id"] in predicted:
            alike = [d for d, e in predicted.items() if e == predicted[row["id"]] and d != row["id"]]
            assert alike == [], (row["id"], alike)


def test_merging_does_not_depend_on_arrival_order(tmp_path: Path) -> None:
    rows = case_rows()
    partitions = []
    for name, ordered in (("forward", rows), ("backward", rows[::-1])):
        with Store(str(tmp_path / f"{name}.db")) as store:
            ingest_all(store, ordered)
            by_event: dict[str, set[str]] = {}
            for doc, event_id in clusters(store).items():
                by_event.setdefault(event_id, set()).add(doc)
            partitions.append(sorted(sorted(docs) for docs in by_event.values()))
    assert partitions[0] == partitions[1]


# -- estimates, sources, ids, reviews ------------------------------------------------------------

MAIDUGURI = ["a1", "a4", "a2", "a5", "a3"]  # in publication order


def ingest_docs(store: Store, *doc_ids: str) -> None:
    rows = {r["id"]: r for r in case_rows()}
    for doc_id in doc_ids:
        store.ingest(as_article(rows[doc_id]), fresh(doc_id))


def test_estimates_take_the_latest_figure_and_span_all_reports(store: Store) -> None:
    ingest_docs(store, *MAIDUGURI)
    event = event_of(store, "a1")
    # a1 "at least 10", a2 12, a5 23, a3 (two days later) "risen to 25": never their sum
    assert (event.fatalities.best, event.fatalities.low, event.fatalities.high) == (25, 10, 25)
    reports = store.reports(event.event_id)
    assert [r["doc_id"] for r in reports] == MAIDUGURI
    figures = {r["doc_id"]: r["fatalities"] for r in reports}
    assert figures["a1"] == {"best": 10, "low": 10, "high": None}
    assert figures["a3"]["best"] == 25 and figures["a2"]["best"] == 12
    assert "with 25 people killed" in event.summary
    assert sorted(event.doc_ids) == sorted(MAIDUGURI)
    assert {e.doc_id for e in event.evidence} == set(MAIDUGURI)


def test_a_reprint_is_kept_but_counted_once(store: Store) -> None:
    ingest_docs(store, *MAIDUGURI)
    event = event_of(store, "a1")
    reprint = {r["doc_id"]: r["duplicate_of"] for r in store.reports(event.event_id)}
    assert reprint == {"a1": None, "a4": "a1", "a2": None, "a5": None, "a3": None}
    assert store.sources(event.event_id) == 4  # five articles, one of them a reprint
    merged = {m["doc_id"]: m for m in store.merges(event.event_id)}
    assert "reported in a near-duplicate of an article of this event" in merged["a4"]["reasons"]


def test_ids_are_stable_and_reingest_changes_nothing(store: Store) -> None:
    ingest_docs(store, "a1")
    [first] = store.events()
    assert first.event_id == analysed("a1")[0].event_id
    ingest_docs(store, "a2", "a3")
    assert [e.event_id for e in store.events()] == [first.event_id]
    before = [e.to_record() for e in store.events()]
    counts = store.counts()
    for doc_id in ("a1", "a2", "a3"):  # --force: analysed and saved again
        result = store.ingest(as_article(next(r for r in case_rows() if r["id"] == doc_id)), fresh(doc_id))
        assert (result.events_new, result.events_updated, result.events_merged) == (0, 0, 0)
    assert [e.to_record() for e in store.events()] == before
    assert store.counts() == counts
    assert len(store.merges()) == 2


@pytest.mark.parametrize("status", ["verified", "edited", "rejected"])
def test_reviewed_event_keeps_its_record_but_links_new_reports(store: Store, status: str) -> None:
    ingest_docs(store, "a1")
    [event] = store.events()
    store.update_event(replace(event, status=status, summary="Checked by an analyst."))
    ingest_docs(store, "a2", "a3")
    [kept] = store.events()
    assert kept.event_id == event.event_id
    assert kept.status == status and kept.summary == "Checked by an analyst."
    assert kept.fatalities.best == 10  # the reviewed figure, not the later 25
    assert set(kept.doc_ids) == {"a1", "a2", "a3"}  # new sources are still linked
    assert [r["doc_id"] for r in store.reports(kept.event_id)] == ["a1", "a2", "a3"]
    assert store.sources(kept.event_id) == 3


def test_lookalikes_are_explained_by_the_merge_log(store: Store) -> None:
    ingest_docs(store, "b1", "x_b1", "b2", "x_b2", "b3")
    events = store.events()
    assert len(events) == 3  # Peshawar Friday; Quetta the same day; Peshawar four days later
    peshawar = event_of(store, "b1")
    log = store.merges(peshawar.event_id)
    assert [m["doc_id"] for m in log] == ["b2", "b3"]
    for entry in log:
        assert entry["score"] >= settings()["threshold"]
        assert "same place (Peshawar)" in entry["reasons"]
        assert "same day (2024-05-10)" in entry["reasons"]
    assert peshawar.fatalities.best == 5  # b3 gives no figure; b2's is the latest
    assert peshawar.injuries.best == 7


def test_events_saved_before_fusion_are_joined(store: Store) -> None:
    # an event stored by the plain per-document save (as before migration 0002)
    rows = {r["id"]: r for r in case_rows()}
    store.save(as_article(rows["c1"]), fresh("c1"))
    ingest_docs(store, "c2", "c3")
    [event] = store.events()
    assert event.event_id == analysed("c1")[0].event_id
    assert [r["doc_id"] for r in store.reports(event.event_id)] == ["c1", "c2", "c3"]
    assert event.fatalities.best == 14  # c3 gives no figure; c2's is the latest


def test_a_report_dropped_on_reanalysis_leaves_its_event(store: Store) -> None:
    rows = {r["id"]: r for r in case_rows()}
    ingest_docs(store, "h1", "h2")
    [event] = store.events()
    store.ingest(as_article(rows["h2"]), [])  # h2 analysed again finds nothing now
    [kept] = store.events()
    assert kept.event_id == event.event_id and kept.doc_ids == ["h1"]
    assert kept.fatalities.best == 6
    store.ingest(as_article(rows["h1"]), [])
    assert store.events() == []


def test_candidates_come_from_the_country_and_date_index(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("query plan checked on SQLite")
    with store.engine.connect() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT event_id, record FROM events "
                "WHERE country_code = 'NG' AND match_date >= '2024-03-01' AND match_date <= '2024-03-09'"
            )
        )
    assert "ix_events_country_code_match_date" in plan


# -- the rules, without a database ---------------------------------------------------------------


def attack(**changes) -> Event:
    event = Event(
        event_id="ev-x",
        doc_ids=["x"],
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        attack_type="Bombing/Explosion",
        date_start=date(2024, 7, 1),
        date_end=date(2024, 7, 1),
        date_precision="day",
        location=Place("Mosul", "Iraq", "IQ", admin1="Nineveh", lat=36.34, lon=43.13, geonames_id=99072),
        fatalities=Casualties(best=4, low=4, high=4),
        evidence=[Evidence("x", 0, 10, "A bomb ...", ["event_type"])],
    )
    return replace(event, **changes)


def match(a: Event, b: Event, **kwargs):  # type: ignore[no-untyped-def]
    return score(a, when(a, None), b, when(b, None), **kwargs)


def test_rules_same_town_same_day_merge() -> None:
    result = match(attack(), attack(fatalities=Casualties(best=6)))
    assert result.accepted and "same place (Mosul)" in result.reasons


def test_rules_other_town_or_other_day_or_other_country_never_merge() -> None:
    erbil = Place("Erbil", "Iraq", "IQ", admin1="Erbil", lat=36.19, lon=44.01, geonames_id=95446)
    assert match(attack(location=erbil), attack()).ruled_out == "different towns (Erbil / Mosul)"
    later = attack(date_start=date(2024, 7, 3), date_end=date(2024, 7, 3))
    assert match(later, attack()).ruled_out == "dates 2 days apart"
    syria = replace(attack().location, country_code="SY", geonames_id=None)
    assert "countries differ" in match(attack(location=syria), attack()).ruled_out


def test_rules_country_only_is_weak() -> None:
    iraq = Place("Iraq", "Iraq", "IQ", lat=33.0, lon=44.0, geonames_id=99237, precision=3)
    bare = attack(location=iraq, fatalities=Casualties(), target_types=[])
    unmatched = match(bare, attack(location=iraq, fatalities=Casualties()))
    assert unmatched.ruled_out == "country-level place without matching figures"
    town = match(attack(), attack())
    with_figures = match(attack(location=iraq), attack(location=iraq))
    assert with_figures.accepted and with_figures.score < town.score


def test_rules_adjacent_days_need_a_reprint() -> None:
    next_day = attack(date_start=date(2024, 7, 2), date_end=date(2024, 7, 2))
    assert not match(next_day, attack()).accepted
    assert "dates one day apart" in match(next_day, attack()).reasons
    assert match(next_day, attack(), near_duplicate=True).accepted


def test_rules_group_names_sharing_only_common_words_differ() -> None:
    fmln = attack(perpetrators=[Actor("FMLN: Farabundo Marti National Liberation Front", "rebels")])
    urng = attack(perpetrators=[Actor("URNG: Guatemalan National Revolutionary Unity", "rebels")])
    eln = attack(perpetrators=[Actor("National Liberation Army", "rebels")])
    assert any(r.startswith("other perpetrator") for r in match(fmln, urng).reasons)
    assert any(r.startswith("other perpetrator") for r in match(fmln, eln).reasons)
    spelled = attack(perpetrators=[Actor("Farabundo Marti guerrillas", "rebels")])
    assert any(r.startswith("same perpetrator") for r in match(fmln, spelled).reasons)


def test_rules_named_groups_that_differ_count_against() -> None:
    isis = attack(perpetrators=[Actor("Islamic State", "militants")])
    pkk = attack(perpetrators=[Actor("Kurdistan Workers' Party", "rebels")])
    same = match(isis, attack(perpetrators=[Actor("IS: Islamic State", "militants")]))
    other = match(isis, pkk)
    assert same.score > other.score
    assert any(r.startswith("other perpetrator") for r in other.reasons)
    # descriptions ("suicide bomber") name nobody: neither for nor against
    bomber = match(attack(perpetrators=[Actor("suicide bomber", "militants")]), isis)
    assert not any("perpetrator" in r for r in bomber.reasons)


def test_rules_undated_report_matches_within_the_window() -> None:
    undated = attack(date_start=None, date_end=None, date_precision="unknown")
    near = score(undated, when(undated, date(2024, 7, 2)), attack(), when(attack(), None))
    far = score(undated, when(undated, date(2024, 7, 9)), attack(), when(attack(), None))
    assert near.accepted and far.ruled_out is not None


def test_estimate_is_the_latest_figure_never_a_sum() -> None:
    reports = [
        Report(attack(fatalities=Casualties(best=10, low=10)), date(2024, 7, 1), 1),
        Report(attack(fatalities=Casualties(best=30, low=30, high=30)), date(2024, 7, 2), 2),
        Report(attack(fatalities=Casualties(best=25, low=25, high=25)), date(2024, 7, 3), 3),
    ]
    figures, source = estimate(reports, "fatalities")
    assert (figures.best, figures.low, figures.high) == (25, 10, 30)
    assert source is reports[2]
    assert estimate([Report(attack(fatalities=Casualties()), None, 1)], "fatalities")[0] == Casualties()
    fused = combine("ev-first", reports)
    assert fused.event_id == "ev-first" and fused.fatalities.best == 25


def test_combine_prefers_the_most_precise_place_and_named_groups() -> None:
    vague = attack(
        location=Place("Iraq", "Iraq", "IQ", lat=33.0, lon=44.0, precision=3),
        perpetrators=[Actor("gunmen", "unidentified armed group")],
    )
    named = attack(doc_ids=["y"], perpetrators=[Actor("Islamic State", "militants")])
    fused = combine("ev-a", [Report(vague, date(2024, 7, 1), 1), Report(named, date(2024, 7, 2), 2)])
    assert fused.location.name == "Mosul"
    assert [a.name for a in fused.perpetrators] == ["Islamic State", "gunmen"]
    assert fused.doc_ids == ["x", "y"]


def test_near_duplicates() -> None:
    story = (
        "Gunmen on motorcycles opened fire on worshippers leaving a church in the town of Kafanchan "
        "late on Sunday, killing six people and wounding nine others, a police spokesman said on "
        "Monday. He said security forces had been deployed to the area and that no arrests had yet "
        "been made. Residents said the attackers fled into the nearby forest."
    )
    reprint = story.replace("a police spokesman said", "the state police spokesman told reporters")
    other = "Flooding after three days of heavy rain destroyed hundreds of homes near Kafanchan."
    a, b, c = signature(story), signature(reprint), signature(other)
    assert len(a) == settings()["near_duplicate"]["hashes"]
    assert is_near_duplicate(a, b) and set(buckets(a)) & set(buckets(b))
    assert not is_near_duplicate(a, c) and similarity(a, c) < 0.2
    assert signature(story.upper()) == a  # wire copy in capitals is the same story
    assert signature("") == [] and similarity([], []) == 0.0


def test_ingest_command_fuses_and_reruns_change_nothing(runner, tmp_path: Path) -> None:
    from eventwatch.cli import main

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    args = ["ingest", "--no-progress", "--db", url, str(CASES)]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.stderr
    assert "(1 reprints of stored articles)" in first.stderr
    merged = int(first.stderr.split(" merged into reported events")[0].rsplit(" ", 1)[-1])
    with Store(url) as store:
        events = len(store.events())
        assert merged == len(store.merges()) >= 20
        assert events == store.counts()["events"]
        before = [e.to_record() for e in store.events()]
    again = runner.invoke(main, [*args[:1], "--force", *args[1:]])
    assert again.exit_code == 0, again.stderr
    assert "0 new, 0 updated, 0 merged" in again.stderr
    plain = runner.invoke(
        main, ["ingest", "--no-progress", "--no-fuse", "--db", f"sqlite:///{tmp_path / 'p.db'}", str(CASES)]
    )
    assert plain.exit_code == 0 and "merged" not in plain.stderr
    with Store(url) as store:
        assert [e.to_record() for e in store.events()] == before
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        assert store.counts()["events"] == events + merged
