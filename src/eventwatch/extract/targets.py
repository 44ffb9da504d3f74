"""What was attacked → GTD target types and actor kinds."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.extract.nationality import names_polity
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


# "police said", "army sources", "according to officials": who reports, not who was hit
# (a narrower list than the verbs of saying in reporting_en.yaml: "the ministry condemned the attack"
# there makes the ministry a source, here it may still be what was hit)
_REPORTING_AFTER = frozenset(load_yaml("extract/targets_en.yaml")["reporting_after"])
# "gunmen in police uniforms": what they wore, not what was hit
_WORN_AFTER = frozenset(load_yaml("extract/targets_en.yaml")["worn_after"])


def _is_source(tokens: list[Token], start: int, end: int) -> bool:
    # "police in Nairobi said": skip a short "in <Place>" before the reporting verb
    if end + 1 < len(tokens) and tokens[end].lower == "in" and tokens[end + 1].is_capitalised:
        k = end + 2
        while k < len(tokens) and tokens[k].is_capitalised and k - end < 4:
            k += 1
        if k < len(tokens) and tokens[k].lower in _REPORTING_AFTER:
            return True
    after = tokens[end].lower if end < len(tokens) else ""
    if after in _REPORTING_AFTER or (
        after in ("have", "had", "has") and end + 1 < len(tokens) and tokens[end + 1].lower in _REPORTING_AFTER
    ):
        return True
    before = [t.lower for t in tokens[max(0, start - 3) : start]]
    return before[-2:] == ["according", "to"] or before[-1:] == ["local"] and after in _REPORTING_AFTER


def _ends_polity_name(tokens: list[Token], start: int, end: int) -> bool:
    """ "in the former Soviet Union", "a European Union envoy": "Union" ends the name of a state or a
    union of states, not a trade union that was hit."""
    if start == 0 or not tokens[start].is_capitalised or not tokens[start - 1].is_capitalised:
        return False
    return names_polity(" ".join(t.text for t in tokens[start - 1 : end]))


def find_targets(tokens: list[Token], wire_caps: bool = False) -> list[TargetMention]:
    found = []
    for m in _table().find_all(tokens):
        if _is_source(tokens, m.start_index, m.end_index):
            continue
        if m.end_index < len(tokens) and tokens[m.end_index].lower in _WORN_AFTER:
            continue
        if not wire_caps and _ends_polity_name(tokens, m.start_index, m.end_index):
            continue
        text = " ".join(t.text for t in tokens[m.start_index : m.end_index])
        found.append(
            TargetMention(
                text.lower() if wire_caps else text, m.payload[0], m.payload[1], m.start, m.end, m.start_index
            )
        )
    return found
