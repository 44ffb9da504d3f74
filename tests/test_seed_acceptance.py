"""Acceptance: ``eventwatch extract`` on the seed article passes shared/tools/check_seed.py."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO, shared_path


def test_seed_article_passes_the_project_check(tmp_path: Path) -> None:
    _passes_check(shared_path("seed", "000_074e27eaebf41bc6.txt"), tmp_path)


def test_seed_article_without_weekdays_still_passes(tmp_path: Path) -> None:
    # an editor's rewording ("A quiet morning came to an end on June 5, 2016") must not change what
    # is news: the events may not hang on a weekday that happens to resolve to a recent day
    text = shared_path("seed", "000_074e27eaebf41bc6.txt").read_text(encoding="utf-8")
    reworded = tmp_path / "reworded.txt"
    reworded.write_text(_WEEKDAY.sub("", text), encoding="utf-8")
    _passes_check(reworded, tmp_path)


_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ")


def _passes_check(article: Path, tmp_path: Path) -> None:
    expected = shared_path("seed", "expected.json")
    checker = shared_path("tools", "check_seed.py")
    pred = tmp_path / "PRED.jsonl"
    # a separate process, as an analyst would run it; no publication date is given
    extract = subprocess.run(
        [sys.executable, "-m", "eventwatch.cli", "extract", "--no-progress", str(article)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert extract.returncode == 0, extract.stderr
    pred.write_text(extract.stdout, encoding="utf-8")
    check = subprocess.run(
        [sys.executable, str(checker), str(expected), str(pred)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    failing = [line for line in check.stdout.splitlines() if line.startswith("FAIL")]
    assert check.returncode == 0, "\n".join(failing) or check.stdout + check.stderr
    assert check.stdout.strip().splitlines()[-1].startswith("seed: ")
