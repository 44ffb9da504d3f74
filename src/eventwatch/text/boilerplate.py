"""Finding page furniture that is not the article: hash lines, repeated link headlines."""

from __future__ import annotations

import re

_HASH_LINE = re.compile(r"^\s*[0-9a-f]{24,}\s*$", re.IGNORECASE)
_LINK_LABEL = re.compile(
    r"^\s*(more details|read more|related( articles| stories)?|see also|share( this)?|advertisement|"
    r"click here.*|subscribe.*|sign up.*|comments?)\s*$",
    re.IGNORECASE,
)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that are boilerplate: hex hashes, link labels ("More details"), the
    headlines those labels belong to, and a line repeated right after itself."""
    lines: list[tuple[int, int, str]] = []
    position = 0
    for raw in text.split("\n"):
        lines.append((position, position + len(raw), raw.strip()))
        position += len(raw) + 1
    spans: list[tuple[int, int]] = []
    content = [(s, e, t) for s, e, t in lines if t]
    for k, (start, end, line) in enumerate(content):
        if _HASH_LINE.match(line) or _LINK_LABEL.match(line):
            spans.append((start, end))
            continue
        following = [t for _, _, t in content[k + 1 : k + 3]]
        previous = content[k - 1][2] if k else None
        if (
            line == previous
            or (following and following[0] == line)
            or following
            and any(_LINK_LABEL.match(t) for t in following[:2])
            and len(line) < 160
        ):
            spans.append((start, end))
    return spans
