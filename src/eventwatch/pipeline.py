"""``analyse(article) -> list[Event]``: the pure function every runner calls.

One article flows one way: boilerplate and editors' notes are blanked (offsets kept), the
publication date is found when the caller gave none, sentences are read for facts, places are
spotted and resolved once for the whole document, sentences are grouped into events, and events
that describe the same incident are fused.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from eventwatch.extract.dateline import find_publication_date
from eventwatch.fuse import fuse_document_events
from eventwatch.gazetteer import get_gazetteer
from eventwatch.gazetteer.disambiguate import elsewhere_only_aside
from eventwatch.model import Article, Event, Evidence, Place
from eventwatch.resolve.also_deed import also_day
from eventwatch.resolve.asides import names_whose
from eventwatch.resolve.build import build_event, document_groups, document_weapon_kind, tells_blast
from eventwatch.resolve.cited_actors import cite_perpetrator
from eventwatch.resolve.containers import place_in_containers
from eventwatch.resolve.demonym_capital import CAPITAL_LEAD, NAMELESS_CAPITAL_END, demonym_capitals
from eventwatch.resolve.events import Draft, group_sentences
from eventwatch.resolve.facts import PlaceFact, SentenceFacts, fill_group_counts, next_anchor, sentence_facts
from eventwatch.resolve.hurt_in_town import hurt_in_town
from eventwatch.resolve.next_day import named_day, next_day, points_back
from eventwatch.resolve.own_acronyms import own_acronyms
from eventwatch.resolve.places import (
    country_only,
    country_weight,
    dominant_country,
    is_movement,
    is_route,
    is_usable,
    measured_from_here,
    near_town_place,
    part_of,
    preposition_before,
    quarter_of,
    told_as_near,
    town_quarter,
)
from eventwatch.resolve.recent import told_recent
from eventwatch.resolve.scene_town import lead_town, paragraph_town
from eventwatch.resolve.summary import write_summary
from eventwatch.resolve.told_abroad import abroad_country
from eventwatch.resolve.unplaced import name_unplaced, told_as_place
from eventwatch.text import analysis_view, boilerplate_spans, is_wire_caps, split_sentences

# "SAN SALVADOR, 3 JAN 90 (EFE) -- ": where and when the report was filed, not the event's
_DATELINE = re.compile(r"^\s*[A-Z][^\n,]{1,40}(?:\([^)\n]{1,30}\))?,\s*[^\n]{0,60}?\d[^\n]{0,40}?\s?(?:--|—|–)\s")


def _blank(view: str, start: int, end: int) -> str:
    return view[:start] + re.sub(r"[^\n]", " ", view[start:end]) + view[end:]


def _masked_view(text: str) -> tuple[str, tuple[int, int] | None]:
    """The text as the extractors read it (boilerplate blanked), and where its dateline is."""
    view = analysis_view(text)
    for start, end in boilerplate_spans(view):
        view = _blank(view, start, end)
    dateline = _DATELINE.match(view[:250])
    return view, (dateline.start(), dateline.end()) if dateline else None


def with_publication_date(article: Article) -> Article:
    """The article with ``published`` found in its text when the caller gave none."""
    if article.published is not None:
        return article
    found = find_publication_date(article.text)
    if found is None:
        return article
    return replace(article, published=found[0], published_from="text")


# a name written with its district word, whether the gazetteer took the word in or not
_DISTRICT_WORD = r"(?i:district|sub-?district|sub[- ]?division|tehsil|county)"
_DISTRICT_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,2}}\s+{_DISTRICT_WORD}\b")
_DISTRICT_END = re.compile(rf"\s{_DISTRICT_WORD}$")


def _place_facts(view: str, dateline: tuple[int, int] | None, wire_caps: bool) -> tuple[list[PlaceFact], Place | None]:
    """Every place the text names, resolved once for the whole document, and its focus country."""
    gazetteer = get_gazetteer()
    mentions = gazetteer.spot(view)
    places = gazetteer.resolve(mentions, view)
    dateline_country = dateline_town = None
    if dateline is not None:
        filed_from = [p for m, p in zip(mentions, places, strict=True) if m.end <= dateline[1] and p]
        dateline_country = filed_from[0].country_code if filed_from else None
        dateline_town = filed_from[0].geonames_id if filed_from and filed_from[0].feature == "place" else None
    in_dateline = [dateline is not None and m.end <= dateline[1] for m in mentions]
    weights = [
        country_weight(
            view,
            m.start,
            m.end,
            m.kind,
            m.followed_by_org or m.kind == "group" or m.kind == "demonym" and not m.locative,
        )
        for m in mentions
    ]
    if elsewhere_only_aside(mentions):
        # "crossed over from Afghanistan": an origin or a neighbour, not where it happened
        weights = [0.0 if m.elsewhere else w for m, w in zip(mentions, weights, strict=True)]
    # "MEXICO CITY (MEXICO), 2 MAY -- ... CLASHES IN SAN SALVADOR": a bureau abroad reporting on
    # another country; the text's own country then decides
    # (only countries, peoples and regions: in wire capitals any word may match a hamlet abroad;
    # but the filing town named again in the body is no hamlet, and says the news is there)
    body = [
        (p.country_code if p else None, 0.0 if d or m.kind == "place" and not _is_town(p, dateline_town) else w)
        for m, p, d, w in zip(mentions, places, in_dateline, weights, strict=True)
    ]
    body_country = dominant_country(body, dateline_country)
    focus_code = body_country or dateline_country
    if focus_code:
        places = gazetteer.resolve(mentions, view, focus_country=focus_code)
    named_countries = {m.country_code for m in mentions if m.kind in ("country", "demonym", "group") and m.country_code}
    if focus_code:
        named_countries.add(focus_code)
    facts = []
    for n, (mention, place) in enumerate(zip(mentions, places, strict=True)):
        usable, preposition = is_usable(view, mention.start, mention.end, mention.kind, mention.followed_by_org)
        if preposition == "the" and (_DISTRICT_AFTER.match(view, mention.end) or _DISTRICT_END.search(mention.text)):
            # "in the Al-Rashid district south of Baghdad": the district is where, as after "in"
            preposition = preposition_before(view, view.rfind("the", 0, mention.start))
        following = mentions[n + 1] if n + 1 < len(mentions) else None
        previous = mentions[n - 1] if n > 0 else None
        if following is not None and re.fullmatch(r"['’]s\s+", view[mention.end : following.start]):
            # "Balkh's Dawlatabad District": the region holding the place named next; but
            # "Jerusalem's Damascus Gate" is a landmark of the town, not the Syrian capital
            usable = usable and not part_of(place, places[n + 1])
        if previous is not None and re.fullmatch(r"['’]s\s+", view[previous.end : mention.start]):
            usable = usable and part_of(places[n - 1], place)
            preposition = facts[n - 1].preposition  # "in Herat's Shindand District": in Shindand
        if following is not None and quarter_of(view[mention.end : following.start], places[n + 1], place):
            usable = False  # "Sha'ab, a neighbourhood of Baghdad": coded to the town, as ACLED does
        if previous is not None and town_quarter(
            view[previous.end : mention.start], places[n - 1], place, previous.text
        ):
            usable = False  # "the Baghdad suburb of Hayy al-Nasr"
        if in_dateline[n]:
            usable = False  # where the report was filed from, not where the event happened
        if usable and weights[n] == 0 and mention.kind in ("country", "admin1"):
            usable = False  # "near the border with Mali": the other side of the border
        if mention.unsupported:
            usable = False  # a small town abroad in a text naming other countries only
        if wire_caps and usable and place and named_countries and place.country_code not in named_countries:
            # a town abroad in a report that never names its country is more often a false match
            beside = places[mention.qualifier] if mention.qualifier is not None else None
            usable = beside is not None and beside.country_code == place.country_code
        if place is not None and told_as_near(view, mention.start):
            place = near_town_place(place)
        fact = PlaceFact(mention.start, mention.end, mention.text, mention.kind, place, usable, preposition)
        fact.dateline = in_dateline[n]
        fact.measured = mention.kind == "place" and not in_dateline[n] and measured_from_here(view, mention.start)
        fact.whose = mention.kind == "place" and names_whose(view, mention.start, mention.end)
        fact.org = mention.followed_by_org
        facts.append(fact)
    if not wire_caps and any(f.usable and f.place is not None and f.place.feature == "place" for f in facts):
        # "outside the Indian consulate ... in Jalalabad": a country or people naming whose office
        # or force says nothing of where once the text names a town as a scene (not in wire
        # capitals, where any word may match a hamlet somewhere)
        weights = [0.0 if m.followed_by_org else w for m, w in zip(mentions, weights, strict=True)]
    if _focus_country(facts, focus_code, weights) is None:
        # before containers, so that "the town of X in Y region" still reads Y as holding X
        name_unplaced(facts, {m.start for m in mentions if told_as_place(m, view)})
    place_in_containers(view, facts)
    focus = _focus_country(facts, focus_code, weights)
    if focus is not None:
        facts = _bare_capitals(view, facts, focus)
    facts = demonym_capitals(view, facts)
    return facts, focus


def _is_town(place: Place | None, town: int | None) -> bool:
    return town is not None and place is not None and place.geonames_id == town


# "in the capital", "near the country's capital": in a report about one country, its capital
_BARE_CAPITAL = re.compile(
    rf"\b{CAPITAL_LEAD}\s+the\s+(?:(?:country|nation)['’]s\s+)?capital\b{NAMELESS_CAPITAL_END}",
    re.IGNORECASE,
)


def _bare_capitals(view: str, facts: list[PlaceFact], focus: Place) -> list[PlaceFact]:
    index = get_gazetteer().index
    ident = index.capital_of(focus.country_code) if focus.country_code else None
    if ident is None:
        return facts
    capital = index.place(ident)
    added = [
        PlaceFact(m.start(), m.end(), m.group(0), "place", capital, True, m.group(1).lower())
        for m in _BARE_CAPITAL.finditer(view)
        if not any(f.start < m.end() and m.start() < f.end for f in facts)
    ]
    return sorted(facts + added, key=lambda f: f.start) if added else facts


def _focus_country(facts: list[PlaceFact], decided: str | None, weights: list[float] | None = None) -> Place | None:
    """The country the document is about: the one already decided (dateline or body), else the one
    most named, where a country beside a border or a demonym of people counts little."""
    counts: dict[str, float] = {}
    named: dict[str, float] = {}  # the same without armed groups, which only break ties
    for n, fact in enumerate(facts):
        if fact.place is not None and fact.place.country_code and (fact.usable or fact.kind != "place"):
            weight = {"country": 2, "demonym": 1}.get(fact.kind, 2 if fact.usable else 1)
            if weights is not None:
                weight *= min(1.0, weights[n])
            if weight > 0:
                counts[fact.place.country_code] = counts.get(fact.place.country_code, 0) + weight
                if fact.kind != "group":
                    named[fact.place.country_code] = named.get(fact.place.country_code, 0) + weight
    code = decided or (max(counts, key=lambda cc: (counts[cc], named.get(cc, 0))) if counts else None)
    return get_gazetteer().country(code) if code else None


def _document_place(facts: list[PlaceFact], focus: Place | None) -> tuple[Place | None, int | None]:
    """Where the document happens, for events whose own sentences name no place: its first usable
    town (else region) in the focus country, marked as near it (precision 2); else a town the
    event moved from or to ("a bomb on a train from Moscow to ..."); else the country."""
    code = focus.country_code if focus else None
    # a wire report's dateline town ("BOGOTA, 3 NOV 89 --") is where most of its news happened
    filed = next((f for f in facts if f.dateline and f.place is not None and f.place.feature == "place"), None)
    if filed is not None and filed.place is not None and code in (None, filed.place.country_code):
        return replace(filed.place, precision=max(2, filed.place.precision)), filed.start
    for feature in ("place", "admin1"):
        for fact in facts:
            place = fact.place
            if fact.usable and place is not None and place.feature == feature and code in (None, place.country_code):
                return replace(place, precision=max(2, place.precision)), fact.start
    if not any(f.usable for f in facts):
        towns = [
            f
            for f in facts
            if not f.dateline
            and f.place is not None
            and f.place.feature == "place"
            and code in (None, f.place.country_code)
        ]
        # a town the event set out from first; else, in a text naming no other place, the one town
        # it names at all ("20 km from Kirkuk", "north to Baghdad") is where it happened, roughly
        # ("fled to Gao" after an attack is not it)
        towns = [f for f in towns if is_route(f.preposition) or not is_movement(f.preposition)]
        towns.sort(key=lambda f: not is_route(f.preposition))
        if towns and (is_route(towns[0].preposition) or len({f.place.geonames_id for f in towns}) == 1):
            place = towns[0].place
            return replace(place, precision=max(2, place.precision)), towns[0].start
    if focus is None:
        return None, None
    named = next((f.start for f in facts if f.place is not None and f.place.country_code == code), None)
    return replace(focus, precision=3), named


_LEAD_PARAGRAPHS = 2  # a headline (0) and a standfirst (1) may come before the lead


def _lead_paragraph(all_facts: list[SentenceFacts]) -> int | None:
    """The paragraph of the first sentence that tells a deed, where it opens the report (after a
    headline and a standfirst at most): the report's lead. A deed first told further down is not
    what the report is about."""
    first = next((f.sentence.paragraph for f in all_facts if f.live_triggers), None)
    return first if first is not None and first <= _LEAD_PARAGRAPHS else None


def _tells_lead(draft: Draft, lead: int | None) -> bool:
    """Whether the draft is the deed a report leads with: a feature written a year on about an
    attack ("A quiet morning ended on June 5, 2016, as gunmen ...") codes that attack, while a day
    long past told further down ("the officers who rose on 3 October 1989") is background."""
    if lead is None or draft.sentences[0].sentence.paragraph != lead:
        return False
    # its day told with the deed itself, not lent by a sentence before it ("the plane landed on
    # 4 April 1987. Jets bombed it"), and the deed told, not named as one already known ("since the
    # bombing on 3 March 2014, which killed 74, ...")
    dated_with_deed = any(
        f.sentence.index in draft.date_sentences and f.live_triggers and not f.definite and not f.refers_back
        for f in draft.sentences
    )
    if not dated_with_deed:
        return False
    # with its toll: a day in the lead that only dates an aside ("since he took office on 14 January
    # 1986, there have been two attempts on his life") recounts no attack
    return any(c.effect in ("killed", "wounded") and c.value > 0 for f in draft.sentences for c in f.casualties)


def _newsworthy(draft: Draft) -> bool:
    """Enough to be an event: a date, a figure, a town or a named group, not only talk."""
    # a toll told before the deed is lent to a deed that is news on its own, never makes one news
    has_figure = any(f.casualties for f in draft.sentences if f.sentence.index not in draft.early)
    dated = draft.date_start is not None and not set(draft.date_sentences) <= draft.early
    has_town = draft.place is not None and draft.place.feature == "place" and draft.place_sentence not in draft.early
    has_group = any(
        a.named and a.role == "perpetrator"
        for f in draft.sentences
        if f.sentence.index not in draft.early
        for a in f.actors
    )
    # a news lead ("A bomb exploded inside a bus ...") reports an event even with nothing specific
    told_as_news = any(not f.definite and f.live_triggers and f.sentence.index < 3 for f in draft.sentences)
    # "two days ago there was a blast near the campus": days old, so news, though no day is named
    recent = any(told_recent(f) for f in draft.sentences if not f.definite)
    # "the cartel has threatened to kill 10 judges": a threat made is news of its own
    threat = any(t.told_threat for f in draft.sentences for t in f.live_triggers)
    told = told_as_news or dated or has_figure or has_town or has_group or draft.named_deed or recent or threat
    # "They also blew up two pylons": a deed of another kind beside the incident told, news as it is
    return told or draft.also_other_kind


def _after(day: date | None, published: date | None) -> bool:
    return day is not None and published is not None and day > published


def _war_talk(event: Event) -> bool:
    """ "Fighting has continued in San Miguel": fighting the report neither dates nor counts is talk
    about a war, not an armed clash an analyst can code."""
    undated = event.date_start is None and not event.background
    uncounted = event.fatalities.best is None and event.injuries.best is None and event.kidnapped is None
    return event.event_type == "Battles" and undated and uncounted


def analyse(article: Article, *, include_background: bool = False) -> list[Event]:
    """The events one article reports. Earlier events it only refers to ("since the Kampala
    bombings, which killed 74") are left out unless ``include_background``; they are then marked
    ``background`` and undated."""
    article = with_publication_date(article)
    view, dateline = _masked_view(article.text)
    wire_caps = is_wire_caps(view)
    places, focus = _place_facts(view, dateline, wire_caps)
    if dateline is not None:
        view = _blank(view, *dateline)
    anchor: date | None = article.published
    all_facts: list[SentenceFacts] = []
    place_iter = 0
    named_before: date | None = None
    for sentence in split_sentences(view):
        # "on 18 August he chaired a forum. On that very day ...": the day named just before, even
        # where no deed was told with it
        told_anchor = named_before if named_before is not None and points_back(sentence.text) else anchor
        facts = sentence_facts(view, sentence, published=article.published, anchor=told_anchor, wire_caps=wire_caps)
        while place_iter < len(places) and places[place_iter].start < sentence.start:
            place_iter += 1
        k = place_iter
        # a name broken over a line the splitter cut there ("SANTA CLARA\nJURISDICTION") belongs
        # to the sentence it starts in
        while k < len(places) and places[k].start < sentence.end:
            facts.places.append(places[k])
            k += 1
        if not facts.triggers:
            implied = hurt_in_town(facts)
            facts.triggers = [implied] if implied is not None else facts.triggers
        facts.story_day = anchor
        all_facts.append(facts)
        anchor = next_anchor(facts, anchor)
        named_before = named_day(facts)
    fill_group_counts(all_facts)
    own_acronyms(all_facts)
    fallback, fallback_at = _document_place(places, focus)
    scene = lead_town(all_facts, places, fallback)
    if scene is not None:
        fallback, fallback_at = scene
    fallback = fallback.tidied() if fallback is not None else None
    events = []
    groups = document_groups(all_facts)
    weapon = document_weapon_kind(all_facts)
    lead = _lead_paragraph(all_facts)
    drafts = [d for d in group_sentences(all_facts) if _newsworthy(d)]
    # the report's one explosive weapon belongs to the blast another event tells, not to a bare "attack"
    blasts = [d for d in drafts if tells_blast(d)]
    for draft in drafts:
        if _tells_lead(draft, lead):
            # a feature leading with an attack long past ("... ended on March 3, 2015, as gunmen
            # opened fire") reports that attack, however old its day
            draft.background = False
        elif draft.dated_long_before(article.published):
            draft.background = True
        # a deed named nowhere happened in the town its paragraph set as the scene, if any
        fallen_back, fallen_back_at = paragraph_town(all_facts, places, draft, fallback) or (fallback, fallback_at)
        if fallen_back is not fallback and fallen_back is not None:
            fallen_back = fallen_back.tidied()
        # a bureau abroad telling a deed whose sentences name only another country's people or forces
        abroad = abroad_country(draft.sentences, places, fallen_back)
        if abroad is not None:
            fallen_back, fallen_back_at = abroad[0].tidied(), abroad[1]
        own_weapon = weapon if all(d is draft for d in blasts) else None
        event = build_event(article, draft, fallen_back, groups, own_weapon)
        if event.dated_by_statement and event.date_start is not None:
            # "doctors reported today that the teacher shot ... . ... after being wounded on 4 March":
            # the next sentence, with no event word, tells the deed's own day (resolve/next_day.py)
            at = draft.date_sentences[0] + 1
            day = next_day(event.date_start, all_facts[at]) if at < len(all_facts) else None
            if day is not None:
                event.date_start = event.date_end = day
                event.dated_by_statement = False
        if event.stage == "threatened" and _after(event.date_start, article.published):
            # a communique of 3 October: "from 4 October on, we will blow up the bridges": the day set
            # for a threatened deed is still to come; the threat was made when it was published
            event.date_start = event.date_end = article.published
        if country_only(event.location, fallback):
            # "... in Afghanistan. ... in Kabul": the town the report names in that country, roughly
            event.location = fallback
        if _war_talk(event) and set(draft.kinds) <= {"clash"} and draft.sentences[0].sentence.index > 0:
            continue  # (an attack is news, and so is a lead that reports fighting)
        if event.date_start is None and not event.background and article.published is not None:
            # news told without a date happened by the time it was published: ACLED codes the
            # report's date with a coarser precision
            event.date_start = event.date_end = article.published
            event.date_precision = "week"
            day = also_day(draft.sentences[0], article.published)
            if day is not None:
                event.date_start = event.date_end = day
                event.date_precision = "day"
        if fallen_back is not None and event.location is fallen_back and fallen_back_at is not None:
            sentence = next(
                (f.sentence for f in all_facts if f.sentence.start <= fallen_back_at < f.sentence.end), None
            )
            span = (sentence.start, sentence.end) if sentence is not None else dateline
            if span is not None:
                event.evidence.append(Evidence(article.doc_id, span[0], span[1], "", ["location"]))
                event.evidence.sort(key=lambda e: e.start)
        cite_perpetrator(event, article.doc_id, groups, all_facts)
        for evidence in event.evidence:
            evidence.text = article.text[evidence.start : evidence.end]
        if event.location is not None:
            event.location = event.location.tidied()
        events.append(event)
    fused = fuse_document_events(events, fallback, article.published)
    for event in fused:
        event.summary = write_summary(event)
    return fused if include_background else [e for e in fused if not e.background]
