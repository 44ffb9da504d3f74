"""Event words ("bombing", "opened fire", "kidnapped") and the stage they are reported in."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.extract.phrases import PhraseTable, phrase_key
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    start: int
    end: int
    text: str
    start_index: int
    end_index: int
    plural: bool
    stage: str  # accomplished | attempted | threatened | intended | negated


@cache
def _table() -> PhraseTable[tuple[str, bool]]:
    lexicon = load_yaml("extract/triggers_en.yaml")["kinds"]
    entries: list[tuple[str, tuple[str, bool]]] = []
    for kind, spec in lexicon.items():
        entries += [(w, (kind, False)) for w in spec.get("words", [])]
        entries += [(w, (kind, True)) for w in spec.get("plural", [])]
    return PhraseTable(entries)


@cache
def _blocks() -> tuple[dict[str, set[str]], dict[str, set[tuple[str, ...]]]]:
    data = load_yaml("extract/triggers_en.yaml")
    before = {k: set(v) for k, v in (data.get("blocked_before") or {}).items()}
    after = {k: {phrase_key(p) for p in v} for k, v in (data.get("blocked_after") or {}).items()}
    return before, after


# Words before an event word that make it something other than news of a real event.
_ATTEMPT = {
    "foiled",
    "thwarted",
    "prevented",
    "averted",
    "frustrated",
    "tried",
    "attempted",
    "attempt",
    "failed",
    "defused",
    "deactivated",
    "dismantled",
    "attempting",
    "trying",
    "aborted",
}
_THREAT = {
    "threatened",
    "threatening",
    "threat",
    "threats",
    "warned",
    "warning",
    "plan",
    "plans",
    "planned",
    "planning",
    "plot",
    "plotting",
    "intend",
    "intended",
    "intends",
    "vowed",
    "will",
    "could",
    "might",
    "may",
    "possible",
    "prepare",
    "preparing",
    "risk",
    "fears",
    "feared",
    "fear",
    "ready",
    "allegedly",
    "accused",
    "charged",
    "trial",
    "sentenced",
    "convicted",
    "wanted",
    "decided",
    "aim",
    "aimed",
    "goal",
    "call",
    "called",
    "urged",
    "appeal",
    "incite",
    "inciting",
}
_NEGATION = {
    "not",
    "no",
    "never",
    "denied",
    "denies",
    "deny",
    "without",
    "nor",
    "neither",
    "rejected",
    "false",
    "hoax",
}
_AFTER_ATTEMPT = (
    ("was", "foiled"),
    ("was", "thwarted"),
    ("was", "prevented"),
    ("failed", "to"),
    ("did", "not"),
    ("was", "defused"),
    ("were", "defused"),
    ("were", "deactivated"),
    ("was", "deactivated"),
    ("was", "dismantled"),
    ("were", "dismantled"),
    ("was", "found"),
    ("were", "found"),
    ("was", "discovered"),
    ("were", "discovered"),
)


def _stage(tokens: list[Token], start: int, end: int) -> str:
    window = [t.lower for t in tokens[max(0, start - 6) : start]]
    near = window[-3:]
    if any(w in _NEGATION for w in near):
        return "negated"
    if any(w in _ATTEMPT for w in window):
        return "attempted"
    if any(w in _THREAT for w in window):
        return "threatened"
    if near and near[-1] == "to" and (len(near) < 2 or near[-2] not in {"due", "led", "according"}):
        return "intended"
    after = tuple(t.lower for t in tokens[end : end + 2])
    if after in _AFTER_ATTEMPT:
        return "attempted"
    return "accomplished"


def find_triggers(tokens: list[Token]) -> list[Trigger]:
    """Event words in a sentence's tokens, longest match first, with their reported stage."""
    before, after = _blocks()
    found: list[Trigger] = []
    for match in _table().find_all(tokens):
        kind, plural = match.payload
        first = tokens[match.start_index].lower
        previous = tokens[match.start_index - 1].lower if match.start_index else ""
        if previous in before.get(first, ()):
            continue
        following = tuple(t.lower for t in tokens[match.end_index : match.end_index + 3])
        last = tokens[match.end_index - 1].lower
        if any(following[: len(p)] == p for p in after.get(last, ())):
            continue
        found.append(
            Trigger(
                kind=kind,
                start=match.start,
                end=match.end,
                text=" ".join(t.text for t in tokens[match.start_index : match.end_index]),
                start_index=match.start_index,
                end_index=match.end_index,
                plural=plural,
                stage=_stage(tokens, match.start_index, match.end_index),
            )
        )
    return found
