"""Near-duplicate articles: the same wire story reprinted with small edits.

MinHash over word shingles of the normalised text estimates the Jaccard similarity of two
articles; locality-sensitive hashing (bands of the signature) lets the store find the few
articles worth comparing through an indexed bucket column instead of reading every signature.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from eventwatch.resources import load_yaml

_WORD = re.compile(r"\w+", re.UNICODE)
_PRIME = (1 << 61) - 1
_MASK = (1 << 32) - 1


@cache
def _settings() -> dict:
    return load_yaml("fusion/matching.yaml")["near_duplicate"]


@cache
def _permutations() -> tuple[tuple[int, int], ...]:
    # fixed seeds: signatures stored by one process must compare with those of another
    out = []
    for i in range(_settings()["permutations"]):
        digest = hashlib.blake2b(f"eventwatch-minhash-{i}".encode(), digest_size=16).digest()
        a = int.from_bytes(digest[:8], "big") % _PRIME or 1
        b = int.from_bytes(digest[8:], "big") % _PRIME
        out.append((a, b))
    return tuple(out)


def shingles(text: str) -> set[int]:
    """Hashes of the overlapping word n-grams of ``text``, case and punctuation ignored."""
    words = _WORD.findall(text.lower())
    size = _settings()["shingle_words"]
    if len(words) < size:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams}


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text`` (32-bit values; empty text gives an empty list)."""
    hashes = shingles(text)
    if not hashes:
        return []
    return [min((a * h + b) % _PRIME for h in hashes) & _MASK for a, b in _permutations()]


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


def is_near_duplicate(a: list[int], b: list[int]) -> bool:
    return similarity(a, b) >= _settings()["min_jaccard"]
