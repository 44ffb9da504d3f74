"""Neighbouring countries an armed group of one country also fights in (group_reach.yaml)."""

from __future__ import annotations

from functools import cache

from eventwatch.gazetteer.build import load_resource
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.spot import PlaceMention


@cache
def _reach() -> dict[str, frozenset[str]]:
    table: dict[str, list[str]] = load_resource("group_reach.yaml") or {}
    return {fold_key(name): frozenset(map(str, ccs)) for name, ccs in table.items()}


def group_reach(mentions: list[PlaceMention]) -> set[str]:
    """The countries besides their home where the armed groups named also fight."""
    table = _reach()
    return {cc for m in mentions if m.kind == "group" for cc in table.get(fold_key(m.text), ())}
