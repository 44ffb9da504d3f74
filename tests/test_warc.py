"""WARC input: one article per archived HTML or text page, the rest skipped, damage reported."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import jsonl_records
from eventwatch.cli import main
from eventwatch.model import Article, InputError
from eventwatch.read import read_inputs

ATTACK = (
    "<!DOCTYPE html><html><head><title>Market attack in Gao</title></head><body><nav>Home / Africa</nav>"
    "<article><p>Suspected jihadist gunmen attacked a crowded cattle market in the town of Gao in northern "
    "Mali on Monday, killing 14 civilians and wounding 22 others, local officials said.</p>"
    "<p>The attackers arrived on motorcycles shortly after dawn and opened fire on traders, the mayor "
    "said by telephone.</p></article></body></html>"
)
DATED = (
    '<!DOCTYPE html><html><head><title>Strike</title><meta property="article:published_time" '
    'content="2024-11-02T08:00:00Z"></head><body><article><p>Dock workers in Mombasa went on strike on '
    "Friday over pay, halting work at the port for the whole day, union leaders said.</p></article>"
    "</body></html>"
)
WIRE = "Police dispersed a crowd of protesters with tear gas in central Dakar on Tuesday, witnesses said."


def write_warc(path: Path, *, gzip: bool) -> None:
    """A small crawl: two pages and a text file to read; an image, a 404, a revisit, a request and
    a metadata record to skip."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def response(uri: str, status: str, content_type: str, body: bytes, day: str = "2025-03-04") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": f"{day}T10:00:00Z"},
            )
            writer.write_record(record)

        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "eventwatch tests"}))
        request = writer.create_warc_record(
            "http://news.example/gao", "request", payload=io.BytesIO(b"GET /gao HTTP/1.1\r\nHost: news.example\r\n\r\n")
        )
        writer.write_record(request)
        response("http://news.example/gao", "200 OK", "text/html; charset=utf-8", ATTACK.encode())
        response("http://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200))
        response("http://news.example/missing", "404 Not Found", "text/html", b"<html><p>Not found</p></html>")
        writer.write_record(
            writer.create_revisit_record(
                "http://news.example/gao",
                digest="sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ",
                refers_to_uri="http://news.example/gao",
                refers_to_date="2025-03-04T10:00:00Z",
            )
        )
        metadata = writer.create_warc_record(
            "http://news.example/gao",
            "metadata",
            payload=io.BytesIO(b"outlinks: http://news.example/"),
            warc_content_type="application/warc-fields",
        )
        writer.write_record(metadata)
        response("http://news.example/strike", "200 OK", "text/html", DATED.encode(), day="2025-01-20")
        response("http://news.example/wire.txt", "200 OK", "text/plain", WIRE.encode())


def test_warc_pages_become_articles(tmp_path):
    for gzip, name in ((True, "crawl.warc.gz"), (False, "crawl.warc")):
        path = tmp_path / name
        write_warc(path, gzip=gzip)
        found = list(read_inputs([str(path)]))
        assert all(isinstance(item, Article) for item in found), found
        assert [a.doc_id for a in found] == [
            "http://news.example/gao",
            "http://news.example/strike",
            "http://news.example/wire.txt",
        ]
        gao, strike, wire = found
        assert gao.url == "http://news.example/gao" and gao.title == "Market attack in Gao"
        assert "killing 14 civilians" in gao.text and "Home / Africa" not in gao.text
        # no date on the page: the crawl's; the page's own date wins when it has one
        assert (gao.published.isoformat(), gao.published_from) == ("2025-03-04", "warc")
        assert (strike.published.isoformat(), strike.published_from) == ("2024-11-02", "html")
        assert wire.text == WIRE
        assert gao.origin.startswith(f"{path}@") and gao.origin != strike.origin


def test_broken_warc_names_file_and_offset(tmp_path):
    whole = tmp_path / "whole.warc"
    write_warc(whole, gzip=False)
    data = whole.read_bytes()
    start = data.rindex(b"WARC/1.0\r\n", 0, data.index(b"WARC-Target-URI: http://news.example/strike"))
    # cut in the middle of the strike page's body
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.index(b"Dock workers") + 20])
    found = list(read_inputs([str(cut)]))
    assert [a.doc_id for a in found if isinstance(a, Article)] == ["http://news.example/gao"]
    errors = [e for e in found if isinstance(e, InputError)]
    assert len(errors) == 1 and errors[0].origin == str(cut)
    assert f"offset {start}" in errors[0].reason and "cut short" in errors[0].reason

    # a compressed archive cut short, and garbage after good records
    packed = tmp_path / "whole.warc.gz"
    write_warc(packed, gzip=True)
    short = tmp_path / "short.warc.gz"
    short.write_bytes(packed.read_bytes()[: len(packed.read_bytes()) - 150])
    found = list(read_inputs([str(short)]))
    assert isinstance(found[0], Article) and isinstance(found[-1], InputError)
    assert found[-1].origin == str(short) and "broken record at offset" in found[-1].reason
    trailing = tmp_path / "trailing.warc"
    trailing.write_bytes(data + b"this line is not a WARC header\r\n\r\n")
    found = list(read_inputs([str(trailing)]))
    assert len([a for a in found if isinstance(a, Article)]) == 3
    assert f"broken record at offset {len(data)}" in found[-1].reason

    not_warc = tmp_path / "notes.warc"
    not_warc.write_text("just some notes\n", encoding="utf-8")
    (error,) = list(read_inputs([str(not_warc)]))
    assert error.origin == str(not_warc) and error.reason.startswith("broken record at offset 0")


def test_extract_and_ingest_read_warc(runner, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_warc(folder / "part-1.warc.gz", gzip=True)
    result = runner.invoke(main, ["extract", str(folder / "part-1.warc.gz")])
    assert result.exit_code == 0, result.output
    events, summary = jsonl_records(result.output)
    assert summary["documents"] == 3
    gao = [e for e in events if (e.get("location") or {}).get("name") == "Gao"]
    assert gao and gao[0]["fatalities"]["best"] == 14 and gao[0]["date_start"] == "2025-03-03"

    db = f"sqlite:///{tmp_path / 'w.db'}"
    first = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert "3 already stored" in again.output
    listed = runner.invoke(main, ["events", "--db", db, "--format", "jsonl"])
    stored = sorted(json.loads(line)["event_id"] for line in listed.output.splitlines())
    assert stored == sorted(e["event_id"] for e in events)
