"""Dates in sentences: absolute ("June 5, 2016", "30 DEC 89"), deictic ("yesterday", "last
night", "on Sunday", relative to the publication date) and anchored ("the next month", relative
to the date the story has reached)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from eventwatch.resources import alternation, load_yaml


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str  # absolute | month_day | month | year | deictic | weekday | anchored
    value: date | None  # resolved first day (None when unresolvable)
    precision: str  # day | month | year
    is_end: bool = False  # "by June 11": the end of a period
    year_given: bool = False


_DIGIT = re.compile(r"\d")
# "the 19 April Movement": a date followed by one of these names a group (dates_en.yaml)
_GROUP_HEAD_AFTER = re.compile(
    r"\s+(?:" + alternation(load_yaml("extract/dates_en.yaml")["group_heads"]) + r")\b", re.IGNORECASE
)


_QUOTES = frozenset('"\u201c\u201d')


def _quoted(chunk: str, s: int, e: int) -> bool:
    """The date stands alone in quotation marks: a name ('the "3 March" Liberation Army')."""
    return s > 0 and chunk[s - 1] in _QUOTES and e < len(chunk) and chunk[e] in _QUOTES


# "(0050 GMT 18 OCTOBER)", "[0230 GMT ON 12 JANUARY]": a time told again on another clock
# (dates_en.yaml); translators' square brackets are kept short, a longer one is an editor's note
# that tells its own news ("[PARIS AFP AT 1617 GMT REPORTS THAT ...]")
_ZONES = alternation(load_yaml("extract/dates_en.yaml")["clock_zones"])
_CLOCK_BRACKET = re.compile(
    r"\([^()]*\b(?:" + _ZONES + r")\b[^()]*\)|\[[^\[\]]{0,12}\b(?:" + _ZONES + r")\b[^\[\]]{0,24}\]",
    re.IGNORECASE,
)


@cache
def _lexicon() -> dict:
    return load_yaml("extract/dates_en.yaml")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = _lexicon()
    month = "|".join(sorted(lex["months"], key=len, reverse=True))
    weekday = "|".join(lex["weekdays"])
    deictic = "|".join(_phrase(k) for k in sorted(lex["deictic"], key=len, reverse=True))
    anchored = "|".join(_phrase(k) for k in sorted(lex["anchored"], key=len, reverse=True))
    end = "|".join(lex["end_markers"])
    day_parts = "|".join(lex["day_parts"])
    m = rf"(?P<month>{month})\.?"
    year = r"(?P<year>\d{4}|'?\d{2})"
    flags = re.IGNORECASE
    counted = lex["counted_anchored"]
    units = "|".join(sorted(counted["units"], key=len, reverse=True))
    directions = "|".join(counted["directions"])
    joiners = "|".join(re.escape(j) for j in lex["day_span_joiners"])
    return {
        "span_start": re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:{joiners})\s*$", flags),
        "iso": re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
        "mdy": re.compile(rf"\b{m}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:,\s*|\s+){year}\b)?(?![\d:])", flags),
        "dmy": re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{m}(?:(?:,\s*|\s+){year}\b)?(?![\d:])", flags
        ),
        "my": re.compile(rf"\b(?:in\s+|of\s+|since\s+)?{m}\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})\b", flags),
        "year": re.compile(r"\b(?:in|since|of|during|the)\s+(?P<year>(?:19|20)\d{2})\b", flags),
        # "executed by his adversaries in 1842", "finally, in 1741, ...": a year of an earlier century after
        # "in" or "during" only (after "the" or "of" such a number is more often a count: "of 1500 men"),
        # and not a time of day ("in 1700 GMT")
        "old_year": re.compile(
            r"\b(?:in|during)\s+(?P<year>1[5-8]\d{2})\b(?!\s*(?:gmt|hours?|hrs|local|utc|est)\b)", flags
        ),
        "deictic": re.compile(rf"\b(?:{deictic})\b", flags),
        "weekday": re.compile(rf"\b(?P<last>last\s+)?(?P<weekday>{weekday})(?:\s+(?:{day_parts}))?\b", flags),
        "anchored": re.compile(rf"\b(?:{anchored})\b", flags),
        "end": re.compile(rf"\b(?:{end})\s*$", flags),
        "counted_anchored": re.compile(
            rf"\b(?P<count>\d{{1,2}}|[a-z]+)\s+(?P<unit>{units})\s+(?P<direction>{directions})\b(?!\s+than\b)",
            flags,
        ),
        "days_ago": re.compile(
            rf"\b(?P<count>\d{{1,2}}|[a-z]+)\s+(?P<unit>{'|'.join(lex['days_ago']['units'])})\s+{lex['days_ago']['after']}\b",
            flags,
        ),
    }


def _phrase(words: str) -> str:
    """A phrase of the lexicon as a pattern whose words may be parted by any white space: wire
    copy breaks its lines anywhere ("LAST\nNIGHT")."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _key(found: str) -> str:
    return " ".join(found.lower().split())


def _count(word: str) -> int | None:
    """ "8", "two", "a": a count of days written in digits or as a number word."""
    if word.isdigit():
        return int(word)
    value = load_yaml("text/numbers_en.yaml")["units"].get(word.lower())
    return value if isinstance(value, int) else None


def _year(raw: str) -> int:
    raw = raw.lstrip("'")
    value = int(raw)
    if len(raw) == 2:
        value += 1900 if value > 30 else 2000
    return value


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def closest_year(month: int, day: int, anchor: date, not_after: date | None) -> date | None:
    """The date with this month and day nearest to ``anchor``, never after ``not_after`` by more
    than a few weeks: "the elections scheduled for 12 November" in a report of 9 November are this
    year's, not last year's."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    if not_after is not None:
        ahead = timedelta(days=_lexicon()["days_ahead"])
        allowed = [d for d in options if d <= not_after + ahead]
        options = allowed or options
    if not options:
        return None
    return min(options, key=lambda d: abs((d - anchor).days))


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def find_dates(text: str, start: int, end: int, *, published: date | None, anchor: date | None) -> list[DateMention]:
    """Dates in ``text[start:end]``. ``anchor`` is the date the story has reached (the last
    absolute date mentioned before), used for bare month-days and "the next month"."""
    lex = _lexicon()
    pats = _patterns()
    chunk = text[start:end]
    found: list[DateMention] = []
    # a date inside a time converted to another clock is that clock's day, not the event's
    bracketed = "(" in chunk or "[" in chunk
    taken: list[tuple[int, int]] = [m.span() for m in _CLOCK_BRACKET.finditer(chunk)] if bracketed else []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(match: re.Match[str], kind: str, value: date | None, precision: str, year_given: bool = False) -> None:
        s, e = match.start(), match.end()
        if not free(s, e) or _GROUP_HEAD_AFTER.match(chunk[e : e + 12]) or _quoted(chunk, s, e):
            return  # "the 19 April Movement" is a group, not a date
        taken.append((s, e))
        is_end = bool(pats["end"].search(chunk[max(0, s - 12) : s]))
        found.append(DateMention(start + s, start + e, match.group(0), kind, value, precision, is_end, year_given))

    reference = anchor or published
    month_of = lex["months"]
    # every written date but the deictic, weekday and anchored ones has a digit; most sentences
    # have none, and these five patterns are the costly ones
    digits = _DIGIT.search(chunk) is not None
    for match in pats["iso"].finditer(chunk) if digits else ():
        add(
            match,
            "absolute",
            _safe_date(int(match["year"]), int(match["mnum"]), int(match["day"])),
            "day",
            True,
        )
    for name in ("dmy", "mdy") if digits else ():
        for match in pats[name].finditer(chunk):
            month = month_of[match["month"].lower().rstrip(".")]
            day = int(match["day"])
            if not 1 <= day <= 31:
                continue
            if match["month"].lower() == "may" and match["month"] == "may" and not match["year"]:
                continue  # the verb "may"
            if match["year"]:
                add(match, "absolute", _safe_date(_year(match["year"]), month, day), "day", True)
            elif reference is not None:
                add(match, "month_day", closest_year(month, day, reference, published), "day")
            else:
                add(match, "month_day", None, "day")
    for match in pats["my"].finditer(chunk) if digits else ():
        month = month_of[match["month"].lower().rstrip(".")]
        add(match, "month", date(int(match["year"]), month, 1), "month", True)
    for name in ("year", "old_year") if digits else ():
        for match in pats[name].finditer(chunk):
            add(match, "year", date(int(match["year"]), 1, 1), "year", True)
    for match in pats["deictic"].finditer(chunk):
        back = lex["deictic"][_key(match.group(0))]
        add(match, "deictic", published - timedelta(days=back) if published else None, "day")
    counted_back = published is not None and lex["days_ago"]["after"] in chunk.lower()
    for match in pats["days_ago"].finditer(chunk) if counted_back else ():
        # "two days ago", "8 days ago", "two weeks ago": counted back from the report's day
        count = _count(match["count"])
        if count is not None:
            count *= lex["days_ago"]["units"][match["unit"].lower()]
        if count is not None and 0 < count <= lex["days_ago"]["reach"]:
            add(match, "deictic", published - timedelta(days=count), "day")
    for match in pats["weekday"].finditer(chunk):
        if not match["weekday"][0].isupper():
            continue  # weekdays are written with a capital; lower case is another word
        value = None
        if published is not None:
            weekday = lex["weekdays"][match["weekday"].lower()]
            back = (published.weekday() - weekday) % 7
            if match["last"] and back == 0:
                back = 7
            value = published - timedelta(days=back)
        add(match, "weekday", value, "day")
    for match in pats["anchored"].finditer(chunk):
        spec = lex["anchored"][_key(match.group(0))]
        value = None
        precision = "day"
        if anchor is not None:
            if "days" in spec:
                value = anchor + timedelta(days=spec["days"])
            elif "months" in spec:
                value = add_months(anchor.replace(day=1), spec["months"])
                precision = "month"
            else:
                value = anchor.replace(year=anchor.year + spec["years"], month=1, day=1)
                precision = "year"
        add(match, "anchored", value, precision)
    counted = lex["counted_anchored"]
    lowered = chunk.lower()
    if any(word in lowered for word in counted["directions"]):
        for match in pats["counted_anchored"].finditer(chunk):
            # "three days earlier": counted from the day the story has reached
            count = _count(match["count"])
            if count is None or not 0 < count * counted["units"][match["unit"].lower()] <= counted["reach"]:
                continue
            if not _opens_clause(chunk[: match.start()], counted["openers"]):
                continue  # "protests against the crackdown three days earlier": another event's day
            days = count * counted["units"][match["unit"].lower()] * counted["directions"][match["direction"].lower()]
            base = _day_before(found, start + match.start()) or anchor
            add(match, "anchored", base + timedelta(days=days) if base is not None else None, "day")
    found.sort(key=lambda d: d.start)
    return _chain(_span_starts(found, text, start, pats["span_start"]), published)


def _span_starts(found: list[DateMention], text: str, start: int, span_start: re.Pattern[str]) -> list[DateMention]:
    """ "Kidnapped on 12 and 13 February", "12-13 February": a bare day joined to a day written with
    its month (and year) starts a span in that month, which the written day ends."""
    spanned: list[DateMention] = []
    for mention in found:
        if mention.value is None or mention.precision != "day" or not mention.text[:1].isdigit():
            spanned.append(mention)
            continue
        before = span_start.search(text, max(start, mention.start - 16), mention.start)
        first = int(before["day"]) if before else 0
        if before is None or not 1 <= first < mention.value.day:
            spanned.append(mention)
            continue
        opening = replace(mention, start=before.start(), end=before.start() + len(before["day"]))
        spanned += [
            replace(opening, text=before["day"], value=mention.value.replace(day=first)),
            replace(mention, is_end=True),
        ]
    return spanned


def _opens_clause(before: str, openers: list[str]) -> bool:
    """Whether a count of days stands at the head of its sentence or of a clause joined by "and"
    ("Three days earlier, ...", "However, only 4 days later, ...", "... and 5 weeks later another
    car bomb ..."), where it dates what the clause tells rather than a noun it follows."""
    words = re.findall(r"[a-z]+", before.lower())
    return len(words) <= 2 or words[-1] in openers


def _day_before(found: list[DateMention], position: int) -> date | None:
    """The last day written in full earlier in the same sentence ("on 2 September a car bomb ...
    and 5 weeks later another"): the day a count of days after it starts from."""
    days = [d for d in found if d.end <= position and d.kind in ("absolute", "month_day") and d.precision == "day"]
    return max(days, key=lambda d: d.end).value if days else None


def _chain(found: list[DateMention], published: date | None) -> list[DateMention]:
    """ "The next month, on July 18": a month-day right after an anchored month takes its year."""
    chained: list[DateMention] = []
    for mention in found:
        if (
            mention.kind == "month_day"
            and chained
            and chained[-1].kind == "anchored"
            and chained[-1].value is not None
            and mention.start - chained[-1].end < 12
        ):
            base = chained[-1].value
            value = closest_year(mention.value.month, mention.value.day, base, published) if mention.value else None
            mention = replace(mention, kind="absolute", value=value, precision="day")
            # the anchored phrase only dated the month-day: it is no date of its own
            chained[-1] = replace(chained[-1], kind="chain", precision="month")
        chained.append(mention)
    return chained
