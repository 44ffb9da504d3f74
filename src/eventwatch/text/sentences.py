"""Sentence splitting that keeps offsets, for news prose and hard-wrapped wire copy in capitals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.resources import load_lines

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9À-ÖØ-Þ])")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n")
_LIST_NUMBER = re.compile(r"\d{1,2}\.")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int = 0


def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("text/abbreviations_en.txt"))


def _is_abbreviation(chunk: str, stop_at: int) -> bool:
    before = chunk[:stop_at]
    match = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if len(word) == 1:  # an initial: "J. Smith"
        return True
    return word in _abbreviations()


def _hard_wrapped(text: str) -> bool:
    lines = text.split("\n")
    # a paragraph's last line is as short as its text ends, so the lines a paragraph goes on after
    # tell on their own how the text was wrapped
    inner = [len(line) for line, after in zip(lines, lines[1:], strict=False) if line.strip() and after.strip()]
    return _mostly_wrapped([len(line) for line in lines if line.strip()]) or _mostly_wrapped(inner)


def _mostly_wrapped(lengths: list[int]) -> bool:
    if len(lengths) < 4:
        return False
    return sum(55 <= n <= 90 for n in lengths) / len(lengths) > 0.6


def _line_breaks(block: str, wrapped: bool) -> list[int]:
    """Offsets in ``block`` where a single newline ends a sentence (headings, short lines)."""
    if wrapped:
        return []
    cuts = []
    for match in _LINE.finditer(block):
        cuts.append(match.start())
    return cuts


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each keeps its offsets and paragraph number."""
    wrapped = _hard_wrapped(text)
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    blocks: list[tuple[int, int]] = []
    for match in _PARAGRAPH.finditer(text):
        blocks.append((position, match.start()))
        position = match.end()
    blocks.append((position, len(text)))
    for block_start, block_end in blocks:
        block = text[block_start:block_end]
        if not block.strip():
            continue
        pieces: list[tuple[int, int]] = []
        line_start = 0
        for cut in [*_line_breaks(block, wrapped), len(block)]:
            pieces.append((line_start, cut))
            line_start = cut + 1
        for piece_start, piece_end in pieces:
            chunk = block[piece_start:piece_end]
            cursor = 0
            for boundary in _BOUNDARY.finditer(chunk):
                stop = boundary.start()
                if chunk[stop] == "." and _is_abbreviation(chunk, stop):
                    continue
                if _LIST_NUMBER.fullmatch(chunk[cursor : boundary.end()].strip()):
                    continue  # "2. The victim was taken ...": a numbered paragraph's number opens its sentence
                _add(
                    sentences,
                    text,
                    block_start + piece_start + cursor,
                    block_start + piece_start + boundary.end(),
                    paragraph,
                )
                cursor = boundary.end()
            _add(sentences, text, block_start + piece_start + cursor, block_start + piece_end, paragraph)
        paragraph += 1
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph, len(sentences)))
