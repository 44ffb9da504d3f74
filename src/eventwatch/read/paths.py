"""Which files a list of command-line paths stands for, and what kind of input each is."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from eventwatch.model import InputError

KINDS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".warc": "warc",
}
# compressed inputs, by their double extension; checked before KINDS
COMPRESSED_KINDS = {
    ".jsonl.gz": "jsonl.gz",
    ".warc.gz": "warc",
}

STDIN = "-"


def kind_of(path: str) -> str | None:
    """``text``, ``html``, ``jsonl``, ``jsonl.gz`` or ``warc`` from the file name; ``None`` for
    anything else."""
    name = path.lower()
    for suffix, kind in COMPRESSED_KINDS.items():
        if name.endswith(suffix):
            return kind
    return KINDS.get(os.path.splitext(name)[1])


def expand(paths: Iterable[str]) -> Iterator[tuple[str, str] | InputError]:
    """(path, kind) for each input file, walking directories in sorted order.

    A file named explicitly with an unknown extension is read as plain text (the caller asked for
    it); inside a directory such files are skipped (they are usually not articles).
    """
    for path in paths:
        if path == STDIN:
            yield path, "stdin"
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.isfile(path):
            yield path, kind_of(path) or "text"
        elif os.path.exists(path):
            yield InputError(path, "not a regular file")
        else:
            yield InputError(path, "no such file or directory")


def _walk(root: str) -> Iterator[tuple[str, str]]:
    for directory, subdirs, files in os.walk(root):
        # sorted in place so that os.walk descends in a stable order too
        subdirs.sort()
        for name in sorted(files):
            kind = kind_of(name)
            if kind and not name.startswith("."):
                yield os.path.join(directory, name), kind
