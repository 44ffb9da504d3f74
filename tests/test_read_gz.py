"""Gzipped JSON Lines (``.jsonl.gz``): the fields and the errors of ``.jsonl``, decompressed on the fly."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from conftest import jsonl_records
from eventwatch.cli import main
from eventwatch.model import Article, InputError
from eventwatch.read import read_inputs
from eventwatch.read.paths import kind_of

GOOD = {
    "id": "gz-1",
    "text": "A roadside bomb struck a police patrol near Tillabéri in western Niger on Wednesday, killing three "
    "officers, the interior ministry said in a statement.",
    "title": "Patrol hit",
    "url": "https://news.example/patrol",
    "source": "Example News",
    "published": "2025-02-27",
}
OTHER = {
    "id": 7,
    "html": "<html><body><p>Police in Quito arrested twelve people after a march turned violent "
    "on Friday evening, officials said.</p></body></html>",
}


def write_gz(path: Path, lines: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return path


def test_kinds_by_double_extension():
    assert kind_of("a/b/archive.JSONL.GZ") == "jsonl.gz"
    assert kind_of("crawl.warc.gz") == "warc" and kind_of("crawl.warc") == "warc"
    assert kind_of("plain.jsonl") == "jsonl" and kind_of("notes.gz") is None


def test_gz_fields_and_line_errors(tmp_path):
    path = write_gz(
        tmp_path / "batch.jsonl.gz",
        [json.dumps(GOOD), "{not json", "", json.dumps({"id": "x"}), json.dumps(OTHER)],
    )
    found = list(read_inputs([str(path)]))
    articles = [item for item in found if isinstance(item, Article)]
    errors = [item for item in found if isinstance(item, InputError)]
    assert [a.doc_id for a in articles] == ["gz-1", "7"]
    first = articles[0]
    assert (first.title, first.url, first.source) == ("Patrol hit", GOOD["url"], "Example News")
    assert first.published.isoformat() == "2025-02-27" and first.published_from == "input"
    assert first.origin == f"{path}:1" and "Tillabéri" in first.text
    assert [(e.origin, e.line) for e in errors] == [(str(path), 2), (str(path), 4)]
    assert "invalid JSON" in errors[0].reason and "no 'text' or 'html'" in errors[1].reason


def test_gz_damage_is_reported_after_the_good_lines(tmp_path):
    text = "Report number {} of a quiet day in the capital."
    lines = [json.dumps({"id": f"d{n}", "text": text.format(n)}) for n in range(300)]
    whole = write_gz(tmp_path / "whole.jsonl.gz", lines).read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    found = list(read_inputs([str(cut)]))
    good = [item for item in found if isinstance(item, Article)]
    assert 0 < len(good) < 300 and [a.doc_id for a in good] == [f"d{n}" for n in range(len(good))]
    error = found[-1]
    assert isinstance(error, InputError) and error.origin == str(cut)
    assert "broken gzip data" in error.reason and error.line > len(good)

    not_gzip = tmp_path / "plain.jsonl.gz"
    not_gzip.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    (error,) = list(read_inputs([str(not_gzip)]))
    assert error.origin == str(not_gzip) and "not a gzip file" in error.reason


def test_extract_reads_gz_in_a_directory(runner, tmp_path):
    write_gz(tmp_path / "in.jsonl.gz", [json.dumps(GOOD)])
    (tmp_path / "skipped.gz").write_bytes(gzip.compress(b"not an input kind"))
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.output
    events, summary = jsonl_records(result.output)
    assert summary["documents"] == 1
    assert events and events[0]["location"]["name"] == "Tillabéri" and events[0]["fatalities"]["best"] == 3
