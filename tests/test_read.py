"""read_inputs on made-up files: good articles come out, bad input is reported and skipped."""

from __future__ import annotations

import io
import json
import time
from datetime import date
from pathlib import Path

from eventwatch.model import Article, InputError
from eventwatch.read import read_inputs

STORY = "Gunmen fired on a checkpoint outside Riverton on Tuesday night.\nTwo officers were hurt.\n"

PAGE = """<!DOCTYPE html><html><head><title>Checkpoint attacked | Valley Courier</title>
<meta charset="utf-8">
<meta property="og:site_name" content="Valley Courier">
<meta property="og:title" content="Checkpoint attacked near Riverton">
<meta property="article:published_time" content="2022-11-08T06:30:00Z">
<link rel="canonical" href="https://courier.example/news/checkpoint">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Checkpoint attacked near Riverton</h1>
<p>Gunmen fired on a police checkpoint outside Riverton late on Tuesday, wounding two officers,
the regional governor said on Wednesday.</p>
<p>The attackers escaped in a pickup truck heading towards the hills. No group has said it carried
out the attack, which came a week after a market in the same district was set on fire.</p>
</article>
<footer>Valley Courier, all rights reserved</footer></body></html>
"""


def read(*paths: str, **kwargs) -> list[Article | InputError]:
    return list(read_inputs(list(paths), **kwargs))


def only_error(items: list[Article | InputError]) -> InputError:
    assert len(items) == 1
    assert isinstance(items[0], InputError), items[0]
    return items[0]


def test_plain_text_file(tmp_path: Path):
    path = tmp_path / "article_01.txt"
    path.write_text(STORY, encoding="utf-8")
    [article] = read(str(path))
    assert isinstance(article, Article)
    assert article.doc_id == "article_01.txt"
    assert article.origin == str(path)
    assert article.text == STORY
    assert article.published is None


def test_bom_stripped_and_crlf_normalised(tmp_path: Path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line.\rThird.\r\n")
    [article] = read(str(path))
    assert article.text == "First line.\nSecond line.\nThird.\n"
    start = article.text.index("Second")
    assert article.text[start : start + 6] == "Second"


def test_missing_file(tmp_path: Path):
    error = only_error(read(str(tmp_path / "nope.txt")))
    assert error.origin.endswith("nope.txt")
    assert "no such file" in error.reason


def test_empty_and_whitespace_only_files(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\r\n")
    empty = only_error(read(str(tmp_path / "empty.txt")))
    blank = only_error(read(str(tmp_path / "blank.txt")))
    assert "empty" in empty.reason
    assert "whitespace" in blank.reason


def test_binary_data_refused(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = only_error(read(str(path)))
    assert "binary" in error.reason
    assert str(error).startswith(str(path))


def test_mostly_control_bytes_refused(tmp_path: Path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) * 50)
    assert "binary" in only_error(read(str(path))).reason


def test_invalid_utf8_names_byte_offset(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 owner shot in Riverton.\n")
    error = only_error(read(str(path)))
    assert "invalid UTF-8" in error.reason
    assert "byte offset 3" in error.reason


def test_directory_walk_sorted_recursive_and_filtered(tmp_path: Path):
    (tmp_path / "b.txt").write_text("Second story about a raid.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story about a raid.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Third story about a raid.", encoding="utf-8")
    (tmp_path / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    items = read(str(tmp_path))
    assert all(isinstance(item, Article) for item in items)
    assert [item.doc_id for item in items] == ["a.txt", "b.txt", "c.txt", "page.html"]


def test_bad_file_does_not_stop_the_rest(tmp_path: Path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    items = read(str(tmp_path / "bad.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "good.txt"))
    assert [type(item).__name__ for item in items] == ["InputError", "InputError", "Article"]


def test_huge_file_refused_quickly_without_reading(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    started = time.perf_counter()
    error = only_error(read(str(path)))
    assert time.perf_counter() - started < 0.5
    assert "larger than the limit" in error.reason


def test_max_bytes_is_configurable(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert isinstance(only_error(read(str(path), max_bytes=10)), InputError)
    assert isinstance(read(str(path), max_bytes=len(STORY))[0], Article)


def jsonl(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_jsonl_fields_and_unknown_fields_ignored(tmp_path: Path):
    record = {
        "id": "r-1",
        "text": "Line one.\r\nLine two.",
        "published": "2021-04-30",
        "title": "Raid on a farm",
        "url": "https://news.example/raid",
        "source": "News Example",
        "language": "es",
        "shoe_size": 44,
    }
    [article] = read(jsonl(tmp_path / "in.jsonl", [json.dumps(record)]))
    assert article.doc_id == "r-1"
    assert article.text == "Line one.\nLine two."
    assert article.published == date(2021, 4, 30)
    assert article.published_from == "input"
    assert (article.title, article.url, article.source, article.language) == (
        "Raid on a farm",
        "https://news.example/raid",
        "News Example",
        "es",
    )
    assert article.origin.endswith("in.jsonl:1")


def test_jsonl_malformed_line_reported_and_good_lines_kept(tmp_path: Path):
    lines = [json.dumps({"id": str(n), "text": f"Story number {n}."}) for n in range(1, 9)]
    lines[6] = '{"id": "7", "text": "unterminated'
    path = jsonl(tmp_path / "feed.jsonl", lines)
    items = read(path)
    errors = [item for item in items if isinstance(item, InputError)]
    assert [item.doc_id for item in items if isinstance(item, Article)] == ["1", "2", "3", "4", "5", "6", "8"]
    assert len(errors) == 1
    assert errors[0].line == 7
    assert str(errors[0]).startswith(f"{path}:7: invalid JSON:")


def test_jsonl_bad_records(tmp_path: Path):
    lines = [
        json.dumps({"text": "No id here."}),
        json.dumps({"id": "x"}),
        json.dumps({"id": "y", "text": "Dated badly.", "published": "05/03/2020"}),
        json.dumps({"id": "z", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "ok", "text": "Fine."}),
    ]
    items = read(jsonl(tmp_path / "bad.jsonl", lines))
    reasons = {item.line: item.reason for item in items if isinstance(item, InputError)}
    assert "'id'" in reasons[1]
    assert "no 'text' or 'html'" in reasons[2]
    assert "YYYY-MM-DD" in reasons[3]
    assert "no 'text' or 'html'" in reasons[4]
    assert "JSON object" in reasons[5]
    assert [item.doc_id for item in items if isinstance(item, Article)] == ["ok"]


def test_jsonl_html_record_and_input_date_wins(tmp_path: Path):
    lines = [
        json.dumps({"id": "h1", "html": PAGE}),
        json.dumps({"id": "h2", "html": PAGE, "published": "2022-11-09", "title": "Given title"}),
    ]
    first, second = read(jsonl(tmp_path / "pages.jsonl", lines))
    assert "Gunmen fired on a police checkpoint" in first.text
    assert "<p>" not in first.text
    assert (first.published, first.published_from) == (date(2022, 11, 8), "html")
    assert (second.published, second.published_from) == (date(2022, 11, 9), "input")
    assert second.title == "Given title"
    assert second.doc_id == "h2"


def test_jsonl_line_limit_streams_past_a_long_line(tmp_path: Path):
    long_record = json.dumps({"id": "big", "text": "word " * 2000})
    path = jsonl(tmp_path / "mixed.jsonl", [json.dumps({"id": "a", "text": "Short."}), long_record, "{}"])
    items = read(path, max_bytes=1000)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and items[1].line == 2
    assert "longer than the limit" in items[1].reason
    assert isinstance(items[2], InputError) and items[2].line == 3  # "{}" has no id


def test_jsonl_invalid_utf8_line(tmp_path: Path):
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"id": "1", "text": "ok"}\n{"id": "2", "text": "caf\xe9"}\n')
    items = read(str(path))
    assert isinstance(items[0], Article)
    assert "invalid UTF-8" in items[1].reason and items[1].line == 2


def test_empty_jsonl(tmp_path: Path):
    (tmp_path / "none.jsonl").write_text("\n\n", encoding="utf-8")
    assert "empty" in only_error(read(str(tmp_path / "none.jsonl"))).reason


def test_json_array_file(tmp_path: Path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "1", "text": "One."}, {"id": "2"}]), encoding="utf-8")
    items = read(str(path))
    assert isinstance(items[0], Article) and items[0].doc_id == "1"
    assert isinstance(items[1], InputError)


def test_html_file_metadata(tmp_path: Path):
    path = tmp_path / "checkpoint.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read(str(path))
    assert article.doc_id == "checkpoint.html"
    assert "wounding two officers" in article.text
    assert "World" not in article.text.split("\n")[0]
    assert article.title and "Checkpoint attacked" in article.title
    assert article.published == date(2022, 11, 8)
    assert article.published_from == "html"
    assert article.source == "Valley Courier"
    assert article.url == "https://courier.example/news/checkpoint"


def test_html_declared_charset(tmp_path: Path):
    path = tmp_path / "old.htm"
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Riverton", "Rivert\u00f3n")
    path.write_bytes(page.encode("latin-1"))
    [article] = read(str(path))
    assert "Rivert\u00f3n" in article.text


def test_html_without_article_text(tmp_path: Path):
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body></body></html>", encoding="utf-8")
    error = only_error(read(str(path)))
    assert "no article text" in error.reason


def test_stdin_sniffing():
    records = "\n" + json.dumps({"id": "s1", "text": "From a pipe."}) + "\n"
    [from_jsonl] = read("-", stdin=io.StringIO(records))
    assert from_jsonl.doc_id == "s1"
    [from_html] = read("-", stdin=io.StringIO(PAGE))
    assert from_html.published_from == "html"
    [from_text] = read("-", stdin=io.StringIO(STORY))
    assert from_text.text == STORY
    assert from_text.origin == "<stdin>"


def test_stdin_binary_buffer_reports_bad_utf8():
    class Stdin(io.TextIOWrapper):
        pass

    stdin = Stdin(io.BytesIO(b"Bad byte \xff here.\n"), encoding="utf-8")
    error = only_error(read("-", stdin=stdin))
    assert "byte offset 9" in error.reason
