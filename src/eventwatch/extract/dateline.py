"""The publication date an article states about itself.

Two kinds of evidence are read, strongest first:

* a wire dateline at the top: ``SAN SALVADOR, 3 JAN 90 --``, ``BOGOTA, JANUARY 5, 1990 --``;
* a byline or sign-off near the start or the end: ``Published 08/01/2017``,
  ``ForeignPolicy.com, 01.08.2017``, a line holding just ``12 March 2019``.

Dates in running prose are never taken as the publication date: they are what the article is
about. They are used only to decide an ambiguous numeric date such as ``05.04.2018``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from eventwatch.model import Span
from eventwatch.resources import load_yaml, parse_yaml

_RESOURCE = Path(__file__).resolve().parents[1] / "resources" / "dateline" / "dateline.yaml"

# How far from either end of the text bylines and sign-offs are looked for.
_HEAD_CHARS = 1200
_TAIL_CHARS = 2500
_DATELINE_CHARS = 400
# A sign-off line is short: a date and a few words (a site name, "By ...").
_SIGNOFF_MAX_CHARS = 100
_SIGNOFF_MAX_OTHER_WORDS = 8


@dataclass(frozen=True)
class _Reading:
    day: date
    prior: int  # how strongly the writing convention favours this reading (higher is better)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    readings: tuple[_Reading, ...]


# every full date of a text: (start, end, readings)
_Dates = list[tuple[int, int, tuple[_Reading, ...]]]


@cache
def _resources() -> dict[str, Any]:
    with _RESOURCE.open(encoding="utf-8") as handle:
        return parse_yaml(handle)


@cache
def _month_names() -> dict[str, int]:
    """Month names and short forms with their numbers: the dates reader's list (extract/dates_en.yaml)."""
    return {name: int(month) for name, month in load_yaml("extract/dates_en.yaml")["months"].items()}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months = sorted(_month_names(), key=len, reverse=True)
    month = r"(?P<m>" + "|".join(months) + r")\.?"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    year4 = r"(?P<y>(?:1[89]|20)\d\d)"
    year = r"(?P<y>(?:1[89]|20)\d\d|\d\d)"
    not_digit_before = r"(?<![\d/.-])"
    not_digit_after = r"(?![\d])"
    word_dates = {
        # 3 JAN 90, 12 Feb 1990, 5th of March, 2019
        "dmy": rf"\b{day}\s+(?:of\s+)?{month},?\s+{year}\b",
        # JANUARY 5, 1990; JUNE 11 89; March 12th, 2019
        "mdy": rf"\b{month}\s+{day},?\s+{year}\b",
    }
    sep, same_sep = r"(?P<sep>[-/.])", r"(?P=sep)"
    numeric = {
        "iso": rf"{not_digit_before}{year4}{sep}(?P<a>[01]?\d){same_sep}(?P<b>[0-3]?\d){not_digit_after}",
        "num": rf"{not_digit_before}(?P<a>[0-3]?\d){sep}(?P<b>[0-3]?\d){same_sep}{year}{not_digit_after}",
    }
    labels = sorted(_resources()["publication_labels"], key=len, reverse=True)
    label = r"\b(?P<label>" + "|".join(re.escape(x) for x in labels) + r")\b\s*:?\s*"
    numbers = "|".join(sorted(_resources()["number_words"], key=len, reverse=True))
    hedges = "|".join(re.escape(h) for h in _resources()["hedges"])
    flags = re.IGNORECASE
    return {
        **{name: re.compile(p, flags) for name, p in word_dates.items()},
        **{name: re.compile(p, flags) for name, p in numeric.items()},
        "label": re.compile(label, flags),
        # a dateline: a capitalised place, a comma, a date with or without a year, an optional
        # (SOURCE) and a dash
        "dateline_dmy": re.compile(rf"\b{day}\s+{month}(?:\s+{year})?\b", flags),
        "dateline_mdy": re.compile(rf"\b{month}\s+{day}(?:,?\s+{year})?\b", flags),
        "bare_md": re.compile(
            rf"(?<![\d,])\b(?:{month}\s+{day}|{day.replace('?P<d>', '?P<d2>')}\s+(?:of\s+)?"
            rf"{month.replace('?P<m>', '?P<m2>')})\b(?!,?\s+\d)",
            flags,
        ),
        "later": re.compile(
            rf"\b(?P<hedge>(?:{hedges})\s+)?(?:more\s+than\s+|over\s+|at\s+least\s+)?"
            rf"(?P<n>\d+|{numbers})\s+(?P<unit>years?|months?)\s+later\b",
            flags,
        ),
    }


_DASH_AFTER = re.compile(r"\s*(?:[(\[][^\n]{0,60}?[)\]]\s*)?(?:--|-|\u2014|\u2013)")
_PLACE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][^\n]{0,80},\s*$")


def _year(text: str) -> int:
    """Two-digit years pivot on the current year: ``15`` is 2015, ``90`` is 1990."""
    value = int(text)
    if len(text) == 4:
        return value
    pivot = date.today().year % 100 + 1
    return 2000 + value if value <= pivot else 1900 + value


def _make_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def _readings(kind: str, match: re.Match[str]) -> tuple[_Reading, ...]:
    """Every calendar date a matched string can mean, each with the weight of convention."""
    if kind in ("dmy", "mdy"):
        found = _make_date(_year(match["y"]), _month_names()[match["m"].lower()], int(match["d"]))
        return (_Reading(found, 1),) if found else ()
    if kind == "iso":
        found = _make_date(int(match["y"]), int(match["a"]), int(match["b"]))
        return (_Reading(found, 1),) if found else ()
    a, b, sep, year = int(match["a"]), int(match["b"]), match["sep"], _year(match["y"])
    # dotted dates are day-first by convention, slashed ones month-first (US style); a hyphen
    # says nothing, so both readings start level and only the body can decide
    day_first_prior = {".": 1, "/": 0, "-": 0}[sep]
    month_first_prior = {".": 0, "/": 1, "-": 0}[sep]
    out = []
    day_first = _make_date(year, b, a)
    month_first = _make_date(year, a, b)
    if day_first:
        out.append(_Reading(day_first, day_first_prior))
    if month_first and month_first != day_first:
        out.append(_Reading(month_first, month_first_prior))
    return tuple(out)


def _full_dates(text: str) -> _Dates:
    """All dates with a year in the text, as (start, end, readings)."""
    found = []
    for kind in ("dmy", "mdy", "iso", "num"):
        for match in _patterns()[kind].finditer(text):
            readings = _readings(kind, match)
            if readings:
                found.append((match.start(), match.end(), readings))
    found.sort(key=lambda item: (item[0], -item[1]))
    # drop matches nested in an earlier, longer one
    out: _Dates = []
    for item in found:
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out


def _dateline(text: str) -> _Candidate | None:
    """A wire dateline near the top; a dateline without a year gives no date."""
    head = text[:_DATELINE_CHARS]
    for kind in ("dateline_dmy", "dateline_mdy"):
        for match in _patterns()[kind].finditer(head):
            if not _DASH_AFTER.match(head, match.end()):
                continue
            if not _PLACE_BEFORE.search(head[: match.start()]):
                continue
            if match["y"] is None:
                return _Candidate(match.start(), match.end(), ())
            readings = _readings("dmy" if kind == "dateline_dmy" else "mdy", match)
            return _Candidate(match.start(), match.end(), readings)
    return None


def _labelled(text: str, regions: list[tuple[int, int]]) -> _Candidate | None:
    """A date right after ``Published``, ``Posted:`` and the like; the strongest label wins."""
    labels = [x.lower() for x in _resources()["publication_labels"]]
    best: tuple[int, int, _Candidate] | None = None
    for region_start, region_end in regions:
        for label in _patterns()["label"].finditer(text, region_start, region_end):
            date_match = _date_at(text, label.end())
            if not date_match:
                continue
            rank = labels.index(label["label"].lower())
            key = (rank, label.start())
            if best is None or key < best[:2]:
                best = (*key, date_match)
    return best[2] if best else None


def _date_at(text: str, position: int) -> _Candidate | None:
    """A full date starting at ``position`` (after optional ``on``)."""
    skip = re.compile(r"(?:on\s+)?", re.IGNORECASE).match(text, position)
    position = skip.end() if skip else position
    for kind in ("dmy", "mdy", "iso", "num"):
        match = _patterns()[kind].match(text, position)
        if match:
            readings = _readings(kind, match)
            if readings:
                return _Candidate(match.start(), match.end(), readings)
    return None


def _signoff(text: str, dates: _Dates) -> _Candidate | None:
    """A short line that is mostly a date, in the first or last part of the text."""
    head_end = min(len(text), _HEAD_CHARS)
    tail_start = max(head_end, len(text) - _TAIL_CHARS)
    head, tail = [], []
    for start, end, readings in dates:
        if not (start < head_end or start >= tail_start):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if len(line) > _SIGNOFF_MAX_CHARS:
            continue
        other = (text[line_start:start] + " " + text[end:line_end]).split()
        if len(other) > _SIGNOFF_MAX_OTHER_WORDS:
            continue
        # a sentence of prose ending in a date is not a sign-off
        if re.search(r"\b(?:on|in|since|until|by|from|before|after)\s*$", text[line_start:start], re.I):
            continue
        (head if start < head_end else tail).append(_Candidate(start, end, readings))
    # a byline under the title comes first; at the end, the first short dated line is the
    # article's sign-off and anything after it is page furniture (related headlines)
    if head:
        return head[0]
    return tail[0] if tail else None


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _lower_bound(text: str, dates: _Dates, skip: _Candidate) -> date | None:
    """The earliest possible publication date: the latest unambiguous full date in the text, pushed
    on by "more than a year later"-style phrases."""
    certain = [r[0].day for s, e, r in dates if len(r) == 1 and not (s < skip.end and e > skip.start)]
    if not certain:
        return None
    latest = max(certain)
    numbers = _resources()["number_words"]
    later_months = 0
    for match in _patterns()["later"].finditer(text):
        if match["hedge"]:
            continue
        raw = match["n"].lower()
        count = int(raw) if raw.isdigit() else numbers[raw]
        later_months = max(later_months, count * (12 if match["unit"].lower().startswith("year") else 1))
    return _add_months(latest, later_months) if later_months else latest


def _bare_month_days(text: str, skip: _Candidate) -> list[tuple[int, int]]:
    """Month-day mentions without a year ("on April 19"), as (month, day)."""
    months = _month_names()
    out = []
    for match in _patterns()["bare_md"].finditer(text):
        if match.start() < skip.end and match.end() > skip.start:
            continue
        month = months[(match["m"] or match["m2"]).lower()]
        day = int(match["d"] or match["d2"])
        if 1 <= day <= 31:
            out.append((month, day))
    return out


def _choose(text: str, candidate: _Candidate, dates: _Dates) -> date:
    readings = list(candidate.readings)
    if len(readings) == 1:
        return readings[0].day
    bound = _lower_bound(text, dates, candidate)
    if bound is not None:
        possible = [r for r in readings if r.day >= bound]
        readings = possible or readings
    mentions = _bare_month_days(text, candidate)

    def in_future(reading: _Reading) -> int:
        return sum((month, day) > (reading.day.month, reading.day.day) for month, day in mentions)

    return min(readings, key=lambda r: (in_future(r), -r.prior)).day


def find_publication_date(text: str) -> tuple[date, Span] | None:
    """The publication date the text states (dateline, byline or sign-off) and where it says so.

    Returns ``None`` when the text states none, or only a dateline without a year.
    """
    dates = _full_dates(text)
    candidate = _dateline(text)
    if candidate is None:
        head_end = min(len(text), _HEAD_CHARS)
        regions = [(0, head_end), (max(head_end, len(text) - _TAIL_CHARS), len(text))]
        candidate = _labelled(text, regions) or _signoff(text, dates)
    if candidate is None or not candidate.readings:
        return None
    chosen = _choose(text, candidate, dates)
    return chosen, Span(candidate.start, candidate.end, text[candidate.start : candidate.end])
