"""One event per place hit: a sentence listing several towns an event struck is several incidents.

"Rebels attacked Anta, Rosaspata and Santo Tomas at dawn" tells three attacks. GTD counts attacks
at different locations as separate incidents even when they were coordinated, and ACLED codes one
event per location, so the event grouping's draft keeps one town and each other town of the list
becomes a draft of its own: the same sentences (so the same day, actors and kind), another place,
save a later sentence that names another town of the list and not its own (that town's news alone).
A town of the list the gazetteer lacks is one too, named as written and placed at the region of the
list's first town, as any name known only from the text is (``gazetteer/unlisted.py``).

Figures are not copied to the parts. The report tells them for all the places together ("35 people
died in attacks on four towns") or for one of them; copying would count the dead several times, so
they stay with the draft the grouping made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from eventwatch.gazetteer.unlisted import place_beside
from eventwatch.resolve.assertion import asserted
from eventwatch.resolve.facts import PlaceFact, SentenceFacts
from eventwatch.resolve.places import compatible
from eventwatch.resolve.taxonomy import is_violent_kind
from eventwatch.resources import load_yaml

if TYPE_CHECKING:
    from eventwatch.model import Place
    from eventwatch.resolve.events import Draft


@dataclass(frozen=True)
class _Words:
    lead: re.Pattern[str]  # what the list's first town follows
    lead_item: re.Pattern[str]  # the lead and a name the gazetteer lacks after it, opening the list
    comma: re.Pattern[str]  # a comma between two towns
    closer: re.Pattern[str]  # "and" between the last two towns
    barred: re.Pattern[str]  # what a list may not follow
    regions: re.Pattern[str]  # a plural unit word after the list
    loose: frozenset[str]
    item_words: int  # the most words a name the gazetteer lacks may have
    not_names: frozenset[str]  # words no such name holds


@cache
def _words() -> _Words:
    data = load_yaml("extract/place_lists_en.yaml")

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in data[key])

    kinds = rf"(?:(?:{alt('leads')})\s+)?(?:the\s+)?(?:(?:{alt('place_words')})\s+of\s+)?"
    return _Words(
        lead=re.compile(rf"\b(?:{alt('leads')})\s+(?:the\s+)?(?:(?:{alt('place_words')})\s+of\s+)?$", re.IGNORECASE),
        lead_item=re.compile(
            rf"\b(?:{alt('leads')})\s+(?:the\s+)?(?:(?:{alt('place_words')})\s+of\s+)?(?P<name>[^\W\d][\w' -]*?)\s*$",
            re.IGNORECASE,
        ),
        comma=re.compile(rf"^\s*(?:{alt('commas')})\s*{kinds}$", re.IGNORECASE),
        closer=re.compile(rf"^\s*(?:,\s*)?(?:{alt('closers')})\s+{kinds}$", re.IGNORECASE),
        barred=re.compile(rf"\b(?:{alt('not_after')})\s+(?:the\s+)?$", re.IGNORECASE),
        regions=re.compile(rf"^\s*(?:{alt('region_words')})\b", re.IGNORECASE),
        loose=frozenset(data["not_split_kinds"]),
        item_words=int(data["item_words"]),
        not_names=frozenset(w.lower() for w in data["not_names"]),
    )


def _towns(facts: SentenceFacts) -> list[PlaceFact]:
    return sorted(
        (p for p in facts.places if p.place is not None and p.place.feature == "place" and not p.dateline),
        key=lambda p: p.start,
    )


def listed_towns(facts: SentenceFacts) -> list[PlaceFact]:
    """The towns of the first list of two or more the sentence names after "in"/"at", closed by
    "and" ("in Anta, Rosaspata and Santo Tomas"), each a different place of one country; empty if
    none."""
    words = _words()
    text, base = facts.sentence.text, facts.sentence.start
    towns = _towns(facts)
    for k, first in enumerate(towns):
        before = text[max(0, first.start - base - 40) : first.start - base]
        leading = 0
        if not words.lead.search(before):
            # "in Qorimarka, Huanta, Pulchamarca and Ayna": names the data lacks may open the list
            leading = len(_leading_items(facts, first))
            if not leading:
                continue
        elif words.barred.search(before):
            continue
        run, closed = [first], False
        for nxt in towns[k + 1 :]:
            joint = _joint(text[run[-1].end - base : nxt.start - base])
            if joint is None:
                break
            run.append(nxt)
            if joint == "closer":
                closed = True
                break
        closed = closed or (len(run) + leading >= 2 and _closed_by_unknown(text[run[-1].end - base :]))
        places = [p.place for p in run if p.place is not None]
        after = text[run[-1].end - base :]
        if closed and _distinct(places) and not words.regions.match(after):
            return run
    return []


def unlisted_items(facts: SentenceFacts, run: list[PlaceFact]) -> list[str]:
    """The names the gazetteer lacks that stand as items of the list ``run`` of known towns: between
    two of them (", Qorimarka, and") or after the last when an unknown name closes the list."""
    words = _words()
    text, base = facts.sentence.text, facts.sentence.start
    items: list[str] = _leading_items(facts, run[0]) if run else []
    for a, b in zip(run, run[1:], strict=False):
        gap = text[a.end - base : b.start - base]
        if not (words.closer.match(gap) or words.comma.match(gap)):
            items += [_one_line(p) for p in gap.split(",")[1:-1]]
    after = text[run[-1].end - base :]
    if len(run) >= 2 and _joint(text[run[-2].end - base : run[-1].start - base]) == "closer":
        return items
    if len(run) + len(items) < 2:
        return items
    if not _closed_by_unknown(after):
        return items
    for piece in re.split(r"[.;:()\[\]]", after, maxsplit=1)[0].split(",")[1:]:
        stripped = _one_line(piece)
        closer = next((c for c in ("and ", "or ") if stripped.lower().startswith(c)), None)
        if closer is not None:
            items.append(_leading_name(stripped[len(closer) :]))
            break
        items.append(stripped)
    return items


def _leading_items(facts: SentenceFacts, first: PlaceFact) -> list[str]:
    """Names the gazetteer lacks that open a list before its first known town, each after a comma,
    the first right after "in"/"at": "in Qorimarka, Huanta, ..." gives ["Qorimarka"]. None when a
    place the text names (a country, a region) or a day stands there instead, or when no deed word
    comes before the list (a sentence opening "In addition, ..." lists nothing)."""
    words = _words()
    text, base = facts.sentence.text, facts.sentence.start
    head = text[: first.start - base]
    if not head.rstrip().endswith(","):
        return []
    pieces = head.rstrip()[:-1].split(",")[-3:]  # at most a few names before the known town
    for n in range(1, len(pieces) + 1):
        opening = words.lead_item.search(pieces[-n])
        if opening is None:
            continue
        names = [_one_line(opening.group("name")), *(_one_line(p) for p in pieces[len(pieces) - n + 1 :])]
        lead_at = base + len(head.rstrip()[:-1]) - len(",".join(pieces[-n:])) + opening.start("name")
        if not all(_item(name) for name in names):
            return []
        if any(lead_at <= p.start < first.start for p in facts.places):
            return []  # "in Peru, Lima and ...": a place the data knows, not a town it lacks
        if any(lead_at <= d.start < first.start for d in facts.dates):
            return []  # "on Sunday, Huanta and ...": a day
        if any(lead_at <= t.start < first.start for t in facts.live_triggers):
            return []  # "in trucks attacked Huanta, ...": a clause, not names
        if not any(t.end <= lead_at for t in facts.live_triggers):
            return []  # "In addition, Huanta and ...": only a list told after its deed word opens so
        return names
    return []


def _one_line(piece: str) -> str:
    """A piece of the list with its spaces made single: wire copy breaks lines inside a list
    ("..., AND\nQORIMARKA"), and "and" closes it there as on one line."""
    return " ".join(piece.split())


def _item(piece: str) -> bool:
    """A name the gazetteer lacks, standing as one item of the list ("Pulluhuaman"): a few words,
    none a common word, each capitalised unless the whole text is in capitals."""
    words = _words()
    found = piece.split()
    return 0 < len(found) <= words.item_words and all(
        w.replace("-", "").replace("'", "").isalpha()
        and w.lower() not in words.not_names
        and (w[0].isupper() or piece.isupper())
        for w in found
    )


def _leading_name(piece: str) -> str:
    """The words a last item opens with, up to the first common word ("Qorimarka on Friday" ->
    "Qorimarka")."""
    words = _words()
    found = piece.split()
    end = next((i for i, w in enumerate(found) if w.lower() in words.not_names), len(found))
    return " ".join(found[:end])


def _joint(gap: str) -> str | None:
    """What joins two known towns of a list: "comma", "closer" (the list's "and"), or None when
    the text between them is no list (it may hold names the gazetteer lacks: ", Pulluhuaman, ")."""
    words = _words()
    if words.closer.match(gap):
        return "closer"
    if words.comma.match(gap):
        return "comma"
    pieces = gap.split(",")
    if len(pieces) < 3 or pieces[0].strip() or not all(_item(p) for p in pieces[1:-1]):
        return None
    last = "," + pieces[-1]
    return "closer" if words.closer.match(last) else "comma" if words.comma.match(last) else None


def _closed_by_unknown(after: str) -> bool:
    """The list goes on after its last known town with names the gazetteer lacks and ends with
    "and" one of them: "..., Chalatenango, and Ilobasco"."""
    closers = ("and ", "or ")
    pieces = re.split(r"[.;:()\[\]]", after, maxsplit=1)[0].split(",")
    if len(pieces) < 2 or pieces[0].strip():
        return False
    for piece in pieces[1:]:
        stripped = _one_line(piece)
        closer = next((c for c in closers if stripped.lower().startswith(c)), None)
        if closer is not None:
            # "..., La Paz, and Morazan departments": regions, not towns
            last = stripped[len(closer) :]
            name = _leading_name(last)
            return _item(name) and not _words().regions.match(last[len(name) :])
        if not _item(stripped):
            return False
    return False


def _distinct(places: list) -> bool:
    """Different towns of one country, none holding another."""
    if len({p.country_code for p in places}) != 1:
        return False
    return all(not compatible(a, b) for i, a in enumerate(places) for b in places[i + 1 :])


def _deed_of(facts: SentenceFacts, first: PlaceFact) -> bool:
    """The event word the list belongs to (the last told before it, else the first after it) tells
    violence done, of a kind counted by place: "bombs went off in X and Y", not "clashes in X and Y"
    (a front) nor talk of attacks. Plural words are no talk here: "offices in X, Y and Z were the
    targets of bomb attacks" names its attacks by their towns."""
    words = _words()
    deeds = [t for t in asserted(facts, facts.live_triggers, False) if is_violent_kind(t.kind)]
    if not deeds:
        return False
    before = [t for t in facts.live_triggers if t.start < first.start]
    own = max(before, key=lambda t: t.start) if before else min(facts.live_triggers, key=lambda t: t.start)
    return own in deeds and own.kind not in words.loose


def names_towns_hit(facts: SentenceFacts) -> bool:
    """Whether the sentence lists the towns its deed struck, which makes even a plural deed word
    ("bomb attacks") name particular incidents."""
    towns = listed_towns(facts)
    return bool(towns) and _deed_of(facts, towns[0])


def split_by_place(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each draft whose sentence lists several towns hit followed by one draft per
    further town."""
    return split_drafts(drafts, _town_parts)


def split_drafts(drafts: list[Draft], parts_of: Callable[[Draft, SentenceFacts], list[Draft]]) -> list[Draft]:
    """``drafts`` with each news draft followed by the parts ``parts_of`` finds in the first of its own
    sentences that has any (the sentences it took from before its deed are not its own)."""
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if draft.background:
            continue
        for facts in draft.sentences:
            if facts.sentence.index in draft.early:
                continue
            parts = parts_of(draft, facts)
            if parts:
                out.extend(parts)
                break
    return out


def told_without_figures(draft: Draft) -> list[SentenceFacts]:
    """The draft's own sentences without the figures told for all its parts, which stay with it."""
    return [replace(f, casualties=[]) for f in draft.sentences if f.sentence.index not in draft.early]


def split_part(draft: Draft, told: list[SentenceFacts], anchor: int, **changes: object) -> Draft:
    """Another incident told in the draft's sentences (``told``), found at ``anchor``."""
    return replace(
        draft, sentences=told, date_sentences=list(draft.date_sentences), early=set(), anchor=anchor, **changes
    )


def _town_parts(draft: Draft, facts: SentenceFacts) -> list[Draft]:
    towns = listed_towns(facts)
    return _parts(draft, facts, towns) if towns and _deed_of(facts, towns[0]) else []


def _parts(draft: Draft, facts: SentenceFacts, towns: list[PlaceFact]) -> list[Draft]:
    """One draft per listed town other than the draft's own. The draft keeps its town when it is
    listed, or when another sentence placed it in a town of its own (every listed town is then a
    part); a draft placed only in a region, or by the list itself, takes the list's first town."""
    own = next((t for t in towns if draft.place is not None and compatible(draft.place, t.place)), None)
    if own is None or (draft.place is not None and draft.place.feature != "place"):
        if draft.place is not None and draft.place.feature == "place" and draft.place_sentence != facts.sentence.index:
            own = None  # the draft's town, told elsewhere, stays; every listed town is a part
        else:
            own = towns[0]
            draft.place, draft.place_sentence = own.place, facts.sentence.index
    # the same deed at another place: its sentences, without the figures told for all places
    told = told_without_figures(draft)
    known = [t.place for t in towns if t.place is not None]
    parts = [
        split_part(
            draft,
            _told_of(told, facts, town.place, known),
            town.start,
            place=town.place,
            place_sentence=facts.sentence.index,
        )
        for town in towns
        if town is not own
    ]
    # the towns of the list the data lacks ("in Huanta, Qorimarka and Ayna"): named as written,
    # at the region of the list's first town
    unlisted = [place_beside(name, known) for name in unlisted_items(facts, towns)]
    # a town of its own, though its point is its region's: it starts anew, not folded there
    return parts + [
        split_part(
            draft,
            _told_of(told, facts, place, known),
            facts.sentence.start + k,
            place=place,
            place_sentence=facts.sentence.index,
            starts_anew=True,
        )
        for k, place in enumerate(unlisted, start=1)
        if place is not None
    ]


def _told_of(
    told: list[SentenceFacts], listing: SentenceFacts, place: Place, listed: list[Place]
) -> list[SentenceFacts]:
    """The sentences of the part at ``place``, one of the ``listed`` towns: a sentence after the list
    that names another of them and not this one tells of that town alone ("rebels attacked the halls of
    A, B and C ... the mayor of B was hurt by a bomb"), so the blast or the toll it tells is no part of
    the deed at A or C."""
    others = [p for p in listed if p is not place]

    def elsewhere(facts: SentenceFacts) -> bool:
        if facts.sentence.index <= listing.sentence.index:
            return False
        named = [p.place for p in _towns(facts)]
        return any(compatible(p, o) for p in named for o in others) and not any(compatible(p, place) for p in named)

    return [f for f in told if not elsewhere(f)]
