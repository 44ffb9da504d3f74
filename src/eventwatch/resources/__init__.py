"""Domain knowledge kept as data files, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml


class DataLoader(yaml.SafeLoader):
    """YAML as our word lists need it: only ``true``/``false`` are booleans (YAML 1.2), so that the
    words "no", "on", "yes", "off" and the country code ``NO`` stay strings."""


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def parse_yaml(source: Any) -> Any:
    """Parse YAML text or a stream with :class:`DataLoader`."""
    return yaml.load(source, Loader=DataLoader)  # noqa: S506 - DataLoader is a SafeLoader


@cache
def load_yaml(name: str) -> Any:
    """Load ``resources/<name>`` (a path such as ``"extract/triggers.yaml"``)."""
    with resources.files(__package__).joinpath(name).open(encoding="utf-8") as handle:
        return parse_yaml(handle)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``resources/<name>``."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of listed words in their listed order, each escaped (a space
    inside a phrase matches any run of white space), for the patterns modules build once from a list."""
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in words)
