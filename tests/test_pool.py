"""``ingest --workers N`` / ``extract --workers N``: analysis in a process pool, storage and fusion
in input order in the main process, so the database is the one a single process builds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import jsonl_records
from eventwatch.cli import main
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.run.local import RunSummary
from eventwatch.run.pool import AnalysisFailure, analyse_in_pool
from scale_inputs import DOCS, snapshot, write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    return write_corpus(tmp_path / "in")


def ingest(runner, url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(main, ["ingest", "--no-progress", "--db", url, *args])


def without_timing(stderr: str) -> list[str]:
    # the first summary line ends with the elapsed time and rate, which differ between runs
    return [line.split(", in ")[0] if " documents/s)" in line else line for line in stderr.splitlines()]


def test_two_workers_build_the_database_one_builds(runner, corpus: list[str], tmp_path: Path) -> None:
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    serial = ingest(runner, one, *corpus)
    pooled = ingest(runner, two, "--workers", "2", *corpus)
    assert serial.exit_code == pooled.exit_code == 1  # the broken line and the empty file
    expected = snapshot(one)
    assert expected["merges"], "the corpus must exercise fusion across documents"
    assert {d for e in expected["events"] for d in e["doc_ids"]} >= {"kd-1", "kd-2", "mg-1", "ml-1", "wire.txt"}
    assert snapshot(two) == expected
    assert without_timing(pooled.stderr) == without_timing(serial.stderr)


def test_rerun_with_workers_changes_nothing(runner, corpus: list[str], sqlite_url: str) -> None:
    ingest(runner, sqlite_url, "--workers", "2", *corpus)
    before = snapshot(sqlite_url)
    again = ingest(runner, sqlite_url, "--workers", "2", *corpus)
    assert "0 new, 0 updated" in again.stderr
    assert "8 documents read (8 already stored), 2 failed" in again.stderr
    assert snapshot(sqlite_url) == before


def test_extract_with_workers_prints_what_one_process_prints(runner, corpus: list[str]) -> None:
    serial = runner.invoke(main, ["extract", "--no-progress", *corpus])
    pooled = runner.invoke(main, ["extract", "--no-progress", "--workers", "2", *corpus])
    assert pooled.stdout == serial.stdout
    events, summary = jsonl_records(pooled.stdout)
    assert events and summary is not None
    assert summary["documents"] == len(DOCS) - 1 + 2  # JSONL lines but the broken one, the text, the page
    assert {(f["origin"], f["line"]) for f in summary["failed"]} == {(corpus[0], 5), (corpus[3], None)}


def test_pool_keeps_input_order_and_passes_analysed_articles_through() -> None:
    texts = [d for d in DOCS if isinstance(d, dict)]
    articles = [Article(doc_id=d["id"], text=d["text"]) for d in texts] * 3  # several chunks
    known = analyse(articles[1])
    items = [(a, known if n == 1 else None) for n, a in enumerate(articles)]
    results = list(analyse_in_pool(items, workers=2, chunksize=2))
    assert [a.doc_id for a, _ in results] == [a.doc_id for a in articles]
    assert results[1][1] is known  # passed through, not sent to a worker
    for article, events in results:
        assert not isinstance(events, AnalysisFailure)
        assert [e.to_record() for e in events] == [e.to_record() for e in analyse(article)]


def test_a_failing_analysis_is_reported_against_its_article_and_the_run_goes_on() -> None:
    good = Article(doc_id="ok", text=str(DOCS[0]["text"]))  # type: ignore[index]
    bad = Article(doc_id="bad", text=None, origin="feed.jsonl:7")  # type: ignore[arg-type]
    results = list(analyse_in_pool([(bad, None), (good, None)], workers=2, chunksize=1))
    assert isinstance(results[0][1], AnalysisFailure) and "analysis failed" in results[0][1].reason
    assert results[1][0].doc_id == "ok" and results[1][1]


def test_summary_names_documents_failures_with_reasons_new_and_merged(runner, corpus: list[str], sqlite_url) -> None:
    result = ingest(runner, sqlite_url, "--workers", "2", *corpus)
    counts = snapshot(sqlite_url)["counts"]
    lines = result.stderr.splitlines()
    summary_start = next(n for n, line in enumerate(lines) if "documents read" in line)
    summary = lines[summary_start:]
    assert summary[0].startswith("8 documents read (1 already stored), 2 failed, in ")
    failed = [line for line in summary if line.startswith("  failed: ")]
    assert len(failed) == 2
    assert any(f"{corpus[0]}:5: invalid JSON" in line for line in failed)
    assert any(corpus[3] in line and "empty" in line for line in failed)
    found = next(line for line in summary if "events found" in line)
    merged = len(snapshot(sqlite_url)["merges"])
    # the second report of the Kandahar bombing updates the event the first one created
    assert (
        found
        == f"6 events found in 6 documents: {counts['events']} new, 1 updated, {merged} merged into reported events."
    )
    assert merged == 1
    assert summary[-1] == f"Database: {counts['articles']} articles, {counts['events']} events."


def test_extract_shows_the_summary_with_the_progress_bar(runner, corpus: list[str]) -> None:
    result = runner.invoke(main, ["extract", "--progress", "--format", "table", *corpus])
    assert "documents read" in result.stderr and "2 failed" in result.stderr
    assert "events found in" in result.stderr


def test_a_parquet_file_that_is_not_one_is_bad_input(runner, tmp_path: Path, sqlite_url: str) -> None:
    fake = tmp_path / "results.parquet"
    fake.write_bytes(b"PAR1 certainly not parquet")
    result = ingest(runner, sqlite_url, str(fake))
    assert result.exit_code == 1
    assert str(fake) in result.stderr and "Parquet" in result.stderr
    assert json.dumps(snapshot(sqlite_url)["counts"]) == json.dumps({"articles": 0, "events": 0, "evidence": 0})


def test_summary_lines_for_a_run_without_storage() -> None:
    summary = RunSummary(documents=3, events=2, no_event=["x"])
    lines = summary.lines()
    assert lines[0].startswith("3 documents read, 0 failed")
    assert lines[1] == "2 events found in 2 documents."
