"""``eventwatch evaluate`` prints the same figures as the project's reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from eventwatch.cli import main

SAMPLE_ROWS = 120


@pytest.mark.parametrize(("kind", "name"), [("muc", "muc4_dev.jsonl"), ("wiki", "wiki_incidents_dev.jsonl")])
def test_evaluate_agrees_with_score_py(tmp_path: Path, kind: str, name: str) -> None:
    gold = shared_path("data", name)
    scorer = shared_path("tools", "score.py")
    sample = tmp_path / f"{kind}_sample.jsonl"
    with open(gold, encoding="utf-8") as handle:
        rows = [line for line in islice(handle, SAMPLE_ROWS) if line.strip()]
    sample.write_text("".join(rows), encoding="utf-8")
    pred = tmp_path / "P.jsonl"

    result = CliRunner().invoke(main, ["evaluate", "--kind", kind, str(sample), "--pred-out", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout.strip().splitlines()[-1])

    reference = subprocess.run(
        [sys.executable, str(scorer), kind, str(sample), str(pred), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert reference.returncode == 0, reference.stderr
    theirs = json.loads(reference.stdout.strip().splitlines()[-1])

    assert set(ours) == set(theirs)
    for figure, value in theirs.items():
        assert ours[figure] == value, figure
    assert ours["counts"]  # a sample with something to count
    assert pred.stat().st_size > 0
