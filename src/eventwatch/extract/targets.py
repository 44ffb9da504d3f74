"""What was attacked → GTD target types and actor kinds."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.extract.phrases import PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@dataclass(frozen=True, slots=True)
class TargetMention:
    name: str
    gtd_type: str
    kind: str
    start: int
    end: int
    start_index: int


@cache
def _table() -> PhraseTable[tuple[str, str]]:
    data = load_yaml("extract/targets_en.yaml")["targets"]
    return PhraseTable((w, (t["gtd"], t["kind"])) for t in data for w in t["words"])


def find_targets(tokens: list[Token], wire_caps: bool = False) -> list[TargetMention]:
    found = []
    for m in _table().find_all(tokens):
        text = " ".join(t.text for t in tokens[m.start_index : m.end_index])
        found.append(
            TargetMention(
                text.lower() if wire_caps else text, m.payload[0], m.payload[1], m.start, m.end, m.start_index
            )
        )
    return found
