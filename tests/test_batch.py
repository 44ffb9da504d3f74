"""``eventwatch batch``: the analysis on a Dask cluster, events stored with fusion or written as
Parquet for a later ``ingest``; either way the database equals the single-process one."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwatch.cli import main
from eventwatch.model import InputError
from eventwatch.run.batch import BatchError, prepare_output, run_batch
from eventwatch.run.ingest import ingest_paths
from eventwatch.run.local import RunSummary, analyse_inputs, count_documents
from eventwatch.run.parquet import event_from_json
from eventwatch.store import Store
from scale_inputs import postgres_schemas, snapshot, write_corpus

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    # threads in this process: the tasks are the real analysis, the start-up is cheap
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    return write_corpus(tmp_path / "in")


@pytest.fixture
def single_process(corpus: list[str], tmp_path: Path) -> tuple[dict, RunSummary]:
    """The database and summary ``eventwatch ingest`` gives in one process."""
    url = f"sqlite:///{tmp_path / 'single.db'}"
    summary = RunSummary()
    with Store(url) as store:
        ingest_paths(corpus, store, summary, on_error=lambda error: None)
    return snapshot(url), summary


def _counts(summary: RunSummary) -> tuple:
    return (
        summary.documents,
        summary.events,
        summary.skipped,
        summary.no_event,
        [str(e) for e in summary.failed],
        summary.events_new,
        summary.events_updated,
        summary.events_merged,
        summary.duplicates,
    )


def test_batch_into_the_database_equals_ingest(client, corpus, single_process, tmp_path: Path) -> None:
    expected, expected_summary = single_process
    assert expected["merges"], "the corpus must exercise fusion across documents"
    url = f"sqlite:///{tmp_path / 'batch.db'}"
    summary = RunSummary()
    errors: list[InputError] = []
    with Store(url) as store:
        run_batch(corpus, client, summary, on_error=errors.append, store=store, partition_size=2)
    assert snapshot(url) == expected
    assert _counts(summary) == _counts(expected_summary)
    assert {e.origin for e in errors} == {corpus[0], corpus[3]}


@pytest.mark.postgres
def test_batch_into_postgresql_equals_ingest(client, corpus: list[str]) -> None:
    with postgres_schemas(2) as (single, batched):
        with Store(single) as store:
            ingest_paths(corpus, store, RunSummary(), on_error=lambda error: None)
        with Store(batched) as store:
            run_batch(corpus, client, RunSummary(), on_error=lambda error: None, store=store, partition_size=2)
        expected = snapshot(single)
        assert expected["merges"] and expected["counts"]["events"] >= 5
        assert snapshot(batched) == expected


def test_batch_to_parquet_then_ingest_equals_ingest(client, corpus, single_process, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    expected, expected_summary = single_process
    out = tmp_path / "parts"
    prepare_output(str(out), overwrite=False)
    summary = RunSummary()
    run_batch(corpus, client, summary, on_error=lambda error: None, parquet_dir=str(out), partition_size=3)
    files = sorted(glob.glob(str(out / "*.parquet")))
    # without a database nothing is "already stored": all 8 articles are written, the reprint too
    assert summary.documents == 8 and summary.skipped == 0
    assert [pq.ParquetFile(f).metadata.num_rows for f in files] == [3, 3, 2]
    assert summary.partitions == 3
    assert count_documents([str(out)]) == count_documents([files[0]]) + 5 == 8  # the progress bar's total
    assert summary.events == expected_summary.events + 1  # the reprint's own copy of the Kandahar event
    # the records written are the ones the single-process analysis (eventwatch extract) prints
    extracted = [e.to_record() for _, events in analyse_inputs(corpus, RunSummary(), on_error=print) for e in events]
    written = [event_from_json(text).to_record() for f in files for row in _rows(f) for text in row["events"]]
    assert written == extracted
    url = f"sqlite:///{tmp_path / 'from_parquet.db'}"
    loaded = RunSummary()
    with Store(url) as store:
        ingest_paths([str(out)], store, loaded, on_error=lambda error: None)
    assert snapshot(url) == expected
    assert loaded.failed == [] and loaded.skipped == expected_summary.skipped == 1


def _rows(path: str) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def test_ingest_of_one_parquet_file_loads_that_partition(client, corpus, tmp_path: Path) -> None:
    out = tmp_path / "parts"
    prepare_output(str(out), overwrite=False)
    run_batch(corpus, client, RunSummary(), on_error=lambda error: None, parquet_dir=str(out), partition_size=4)
    first = sorted(glob.glob(str(out / "*.parquet")))[0]
    url = f"sqlite:///{tmp_path / 'one.db'}"
    summary = RunSummary()
    with Store(url) as store:
        ingest_paths([first], store, summary, on_error=lambda error: None)
    assert summary.documents == 4
    stored = snapshot(url)
    assert [a[1] for a in stored["articles"]] == ["kd-1", "mg-1", "kd-2", "fx-1"]


def test_output_folder_with_earlier_partitions_is_refused_unless_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "parts"
    out.mkdir()
    (out / "part-00000.parquet").write_bytes(b"old")
    with pytest.raises(BatchError, match="already holds 1 partition"):
        prepare_output(str(out), overwrite=False)
    prepare_output(str(out), overwrite=True)
    assert os.listdir(out) == []


def test_batch_command_on_a_local_cluster(runner, corpus: list[str], single_process, tmp_path: Path) -> None:
    expected, _ = single_process
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    args = ["batch", "--no-progress", "--local-cluster", "2", "--partition-size", "3", "--db", url, *corpus]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output  # the broken line and the empty file
    assert "8 documents read (1 already stored), 2 failed" in result.stderr
    assert "merged into reported events" in result.stderr
    assert snapshot(url) == expected


def test_batch_command_needs_a_cluster_and_one_output(runner, corpus: list[str], tmp_path: Path) -> None:
    result = runner.invoke(main, ["batch", "--parquet", str(tmp_path / "p"), *corpus])
    assert result.exit_code == 2 and "--scheduler" in result.output
    result = runner.invoke(main, ["batch", "--local-cluster", "1", *corpus])
    assert result.exit_code == 2 and "--db URL or --parquet DIR" in result.output
