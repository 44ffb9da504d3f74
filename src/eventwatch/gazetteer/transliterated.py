"""Names written in another transliteration than the data's ("in Hawija" for "Al Ḩawījah", "the
town of Mussayab" for "Al-Musayab"), matched by their spelling skeleton in a country the text
names; and a capitalised name after "in" the data lacks, kept when a known unit holding it is
written next to it or when the text names no other place."""

from __future__ import annotations

import re

from eventwatch.gazetteer.cued_places import name_word_ok
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import NAME_TOKEN, adjacent, word_after
from eventwatch.gazetteer.spot_rules import SKELETON_ANYWHERE_POPULATION, SPOTTING, Rules
from eventwatch.resources import alternation

# a capitalised name after a locative preposition, for the transliteration fallback
AFTER_LOCATIVE = re.compile(
    r"\b(?:" + alternation(SPOTTING["locatives"]) + r")\s+((?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"(?![\w'’-]| [A-Z])"
)
# "militants attacked Tika in northern Cameroon": a capitalised name as the object of a deed done to a
# place, for the fallback of a text that names no other place
AFTER_PLACE_DEED = re.compile(
    r"\b(?:"
    + alternation(SPOTTING["place_object_deeds"])
    + r")\s+((?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"(?![\w'’-]| [A-Z])"
)
# "in Talataye in the Gao region", "Kattankudy in Batticaloa district", "Rengawahi, in the Pakhanjore"
# "Kelbo, headquarters of Tolva local government": the town a unit is run from
_HELD_AFTER = re.compile(
    r",?\s+(?:(?:the\s+)?(?:"
    + alternation(SPOTTING["seat_words"])
    + r")\s+)?(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
)
# "in Dambirwa, Borno State", "in Kabolwe (North Kivu)": the region written right after the name
_REGION_AFTER = re.compile(r"\s*[,(]\s*")


def transliterated(index: Index, r: Rules, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "in Hawija" for "Al Ḩawījah", "the town of Mussayab" for "Al-Musayab": another
    transliteration of a town in a country the text names."""
    idx = index
    named = {m.country_code for m in mentions if m.country_code and m.kind != "group" and (m.kind != "place" or m.ids)}
    # a group's country counts only when the text names no other ("Boko Haram ... in northern Cameroon")
    named = named or {m.country_code for m in mentions if m.kind == "group"}
    # "a Palestinian assailant ... in Petah Tikwa": a territory and the country the data files its
    # places under are named for each other
    named = idx.filed_together(named)
    found: list[PlaceMention] = []
    for m in mentions:
        if m.kind == "place" and m.unlisted and not m.ids and not m.candidates:
            words = m.text.split()
            if len(words) > 1 and words[-1].lower() in (r.locality_words | r.locality_after | r.region_words):
                words = words[:-1]  # "Hawija district": the town's name
            # a name written as a town is placed in its country anyway: only a named one will do
            ids = skeleton_ids(idx, " ".join(words), {m.country_code} if m.country_code else named)
            if ids and (m.country_code or named):
                m.ids, m.unlisted = ids, False
                ccs = {idx.cc_of(i) for i in ids}
                m.country_code = m.country_code or (ccs.pop() if len(ccs) == 1 else None)
    bare: PlaceMention | None = None
    for match in AFTER_LOCATIVE.finditer(text):
        start = match.start(1)
        # the whole capitalised run is the name ("Parsons Green" is not "Parsons")
        end = match.end(1)
        if any(m.start < end and start < m.end for m in mentions + found):
            continue
        if not _may_name_a_town(r, text, start, end):
            continue
        ids = skeleton_ids(idx, text[start:end], named)
        if ids:
            ccs = {idx.cc_of(i) for i in ids}
            kind = idx.kind_of(ids[0])
            mention = PlaceMention(start, end, text[start:end], kind, ccs.pop() if len(ccs) == 1 else None, [])
            mention.ids, mention.all_ids, mention.key = ids, ids, fold_key(text[start:end])
            found.append(mention)
        elif _held_by_next(text, end, mentions):
            # "in Talataye in the Gao region": a town the data lacks, written with the unit
            # holding it
            held = PlaceMention(start, end, text[start:end], "place", None, [], unlisted=True)
            held.key = fold_key(text[start:end])
            found.append(held)
        elif bare is None:
            bare = PlaceMention(start, end, text[start:end], "place", None, [], unlisted=True)
            bare.key = fold_key(text[start:end])
    if bare is None:
        bare = _deed_object(r, text, mentions)
        if bare is not None and _held_by_next(text, bare.end, mentions):
            # "Boko Haram attacked Kelbo, headquarters of Tolva local government": the town the data
            # lacks, written with the unit holding it
            found.append(bare)
            bare = None
    located = any(m.kind in ("place", "admin1") and (m.ids or m.candidates or m.unlisted) for m in mentions + found)
    if bare is not None and not located:
        # "Taliban fighters overran checkpoints in Warduj": a name after "in" in a text that
        # names no other place is the town the data lacks, placed in the country if one is known
        found.append(bare)
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _may_name_a_town(r: Rules, text: str, start: int, end: int) -> bool:
    """Whether the capitalised run may be a town's name: no function, title or place-type word,
    and no feature named after a place ("Sidarat square", "Domana army camp")."""
    tokens = list(NAME_TOKEN.finditer(text, start, end))
    if not all(name_word_ok(r, t.group(0), False, k == 0) for k, t in enumerate(tokens)):
        return False
    nxt, sep, _ = word_after(text, end)
    return not (nxt and adjacent(sep) and nxt.lower() in (r.feature_words | r.facility_words | r.name_heads))


def _deed_object(r: Rules, text: str, mentions: list[PlaceMention]) -> PlaceMention | None:
    """ "Boko Haram attacked Yakshari, killing 22": the first unknown capitalised name a deed was
    done to, a town the data lacks when the text names no other place (a person attacked has a
    first name or a title, which ``name_word_ok`` and the spotter's people rules keep out)."""
    for match in AFTER_PLACE_DEED.finditer(text):
        start, end = match.span(1)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if not _may_name_a_town(r, text, start, end) or text[start:end].split()[0].lower() in r.first_names:
            continue
        bare = PlaceMention(start, end, text[start:end], "place", None, [], unlisted=True)
        bare.key = fold_key(text[start:end])
        return bare
    return None


def _held_by_next(text: str, end: int, mentions: list[PlaceMention]) -> bool:
    """Whether a region, district or known town holding the name is written right after it."""
    beside = _REGION_AFTER.match(text, end)
    if beside is not None and any(
        m.start == beside.end() and (m.kind == "admin1" or m.kind == "place" and (m.ids or m.unlisted))
        for m in mentions
    ):
        return True
    gap = _HELD_AFTER.match(text, end)
    if gap is None:
        return False
    return any(
        m.start == gap.end() and m.kind in ("admin1", "place") and (m.ids or m.candidates or m.unlisted)
        for m in mentions
    )


def skeleton_ids(index: Index, name: str, named: set[str | None]) -> list[int]:
    """Places spelled like ``name`` in a country the document names; with no country named,
    only a large town or one of unknown size with no namesake abroad."""
    idx = index
    ids = [i for i in idx.ids_for_skeleton(name) if idx.kind_of(i) in ("place", "admin1")]
    if named:
        ids = [i for i in ids if idx.cc_of(i) in named]
    else:
        # GeoNames leaves the population of many towns in war zones unknown (0): such a town
        # counts when no namesake elsewhere competes
        one_country = len({idx.cc_of(i) for i in ids}) == 1
        ids = [
            i
            for i in ids
            if idx.population(i) >= SKELETON_ANYWHERE_POPULATION or (one_country and idx.population(i) == 0)
        ]
    return idx.order(ids)
