"""Near-duplicate articles: the same wire story reprinted with small edits.

MinHash over word shingles of the normalised text estimates the Jaccard similarity of two
articles; locality-sensitive hashing (bands of the signature) lets the store find the few
articles worth comparing through an indexed bucket column instead of reading every signature.

Short formulaic reports ("A bomb exploded in X on <day>, killing N people") share most of their
shingles with every other report written to the same pattern, so a reprint must also give the
same figures and dates: the numbers written in digits must be the same.
"""

from __future__ import annotations

import hashlib
import re
import struct
from functools import cache

from eventwatch.resources import load_yaml

_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _settings() -> dict:
    return load_yaml("fusion/matching.yaml")["near_duplicate"]


def shingles(text: str) -> set[str]:
    """The overlapping word n-grams of ``text``, case and punctuation ignored."""
    words = _WORD.findall(text.lower())
    size = _settings()["shingle_words"]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text`` (32-bit values; empty text gives an empty list).

    SHAKE-128 gives each shingle as many independent 32-bit hashes as the signature has
    positions in one call; the signature keeps the minimum of each position.
    """
    grams = shingles(text)
    if not grams:
        return []
    size = _settings()["hashes"]
    unpack = struct.Struct(f"<{size}I").unpack
    rows = [unpack(hashlib.shake_128(g.encode()).digest(4 * size)) for g in grams]
    return [min(column) for column in zip(*rows, strict=True)]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def buckets(sig: list[int]) -> list[str]:
    """LSH bucket keys: texts sharing any one of them are candidates for a full comparison."""
    if not sig:
        return []
    bands = _settings()["bands"]
    rows = len(sig) // bands
    keys = []
    for band in range(bands):
        part = ",".join(map(str, sig[band * rows : (band + 1) * rows]))
        keys.append(f"{band}:{hashlib.blake2b(part.encode(), digest_size=8).hexdigest()}")
    return keys


_NUMBER = re.compile(r"\d+")


def numbers(text: str) -> list[str]:
    """The numbers written in digits, sorted: figures, dates and times a reprint keeps."""
    return sorted(_NUMBER.findall(text))


def fingerprint(text: str) -> dict[str, list]:
    """What the store keeps per article to recognise its reprints later."""
    return {"minhash": signature(text), "numbers": numbers(text)}


def is_near_duplicate(a: list[int], b: list[int], numbers_a: list[str] | None = None, numbers_b=None) -> bool:  # type: ignore[no-untyped-def]
    """Whether two signatures (and, when given, their numbers) are of one story reprinted."""
    if numbers_a is not None and numbers_b is not None and numbers_a != numbers_b:
        return False
    return similarity(a, b) >= _settings()["min_jaccard"]
