"""Domain knowledge kept as data files, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_yaml(name: str) -> Any:
    """Load ``resources/<name>`` (a path such as ``"extract/triggers.yaml"``)."""
    with resources.files(__package__).joinpath(name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``resources/<name>``."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of listed words in their listed order, each escaped (a space
    inside a phrase matches any run of white space), for the patterns modules build once from a list."""
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in words)
