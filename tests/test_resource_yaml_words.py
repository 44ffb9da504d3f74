"""Word lists are read with YAML 1.2 booleans: "no", "on", "yes" and the country code NO stay words."""

from __future__ import annotations

import glob
from pathlib import Path

from conftest import totals
from eventwatch.resources import load_yaml, parse_yaml


def test_only_true_and_false_are_booleans() -> None:
    data = parse_yaml("words: [no, on, yes, off, y, n]\nNO: [Norwegian]\nflag: true\nother: False\n")
    assert data["words"] == ["no", "on", "yes", "off", "y", "n"]
    assert data["NO"] == ["Norwegian"]
    assert data["flag"] is True and data["other"] is False


def test_no_word_list_holds_a_boolean_by_accident() -> None:
    root = Path(__file__).resolve().parents[1] / "src" / "eventwatch" / "resources"

    def booleans(node: object) -> list[object]:
        if isinstance(node, dict):
            return [k for k in node if isinstance(k, bool)] + [b for v in node.values() for b in booleans(v)]
        if isinstance(node, list):
            return [v for v in node if isinstance(v, bool)] + [b for v in node for b in booleans(v)]
        return []

    files = sorted(glob.glob(str(root / "**" / "*.yaml"), recursive=True))
    assert files
    for name in files:
        assert booleans(load_yaml(str(Path(name).relative_to(root)))) == [], name


def test_the_word_no_counts_nobody() -> None:
    assert totals("No person was killed, although four people were lightly hurt in the blast.") == {
        "killed": 0,
        "wounded": 4,
    }
    assert totals("No one was injured in the explosion.") == {"wounded": 0}
