"""Acceptance: ``eventwatch extract`` on the seed article passes shared/tools/check_seed.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO, shared_path


def test_seed_article_passes_the_project_check(tmp_path: Path) -> None:
    article = shared_path("seed", "000_074e27eaebf41bc6.txt")
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
