"""Grouping sentences into the events of one document, and turning each group into a record.

A sentence with event words either continues the event being told (it adds nothing that
contradicts it, or it refers back: "the attack"), refers back to an earlier event by date or
place ("the June 5 attack in Aktobe"), or starts a new one ("another attack", a new date or
town). Generic talk ("numerous attacks took place") and threats, plans and denials start none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from eventwatch.extract.dates import DateMention
from eventwatch.model import ARMED_GROUP_KINDS, Place
from eventwatch.resolve.also_deed import also_elsewhere, also_other_kind
from eventwatch.resolve.assertion import asserted, open_quotations
from eventwatch.resolve.burned_too import split_burnings
from eventwatch.resolve.clauses import day_clauses
from eventwatch.resolve.counted_victims import names_deed_by_count
from eventwatch.resolve.died_later import died_of_told_hurt, died_of_told_hurt_group, hurt_of_told_dead
from eventwatch.resolve.facts import STALE_AFTER, PlaceFact, SentenceFacts
from eventwatch.resolve.perfect_tolls import bare_perfect_toll
from eventwatch.resolve.period_tolls import over_period
from eventwatch.resolve.places import compatible, contains, more_precise, rank
from eventwatch.resolve.running_counts import carries_on, heads_count, running_count
from eventwatch.resolve.same_victims import retells_victims
from eventwatch.resolve.separate import split_by_count
from eventwatch.resolve.span_tallies import span_tally
from eventwatch.resolve.split import names_towns_hit, split_by_place
from eventwatch.resolve.taxonomy import is_violent_kind
from eventwatch.resolve.time_clauses import opens_with_earlier_deed
from eventwatch.resolve.told_threat_split import split_told_threats
from eventwatch.resolve.victim_before import draft_of_named_victim
from eventwatch.resources import load_yaml

_DATE_PRIORITY = {"absolute": 0, "month_day": 1, "deictic": 2, "anchored": 3, "month": 4, "weekday": 5}


@cache
def _kind_of_place() -> re.Pattern[str]:
    """ "the town of", "the villages of": a place named by its kind (``place_words`` of the lists of
    places hit, resources/extract/place_lists_en.yaml)."""
    words = "|".join(re.escape(w) for w in load_yaml("extract/place_lists_en.yaml")["place_words"])
    return re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _route_to_place() -> re.Pattern[str]:
    """ "between the towns of", "from": an end of a route or a span (``not_after``), not where a deed was."""
    data = load_yaml("extract/place_lists_en.yaml")
    barred = "|".join(re.escape(w) for w in data["not_after"])
    kinds = "|".join(re.escape(w) for w in data["place_words"])
    return re.compile(rf"\b(?:{barred})\s+(?:the\s+)?(?:(?:{kinds})\s+of\s+)?$", re.IGNORECASE)


def _before(facts: SentenceFacts, place: PlaceFact) -> str:
    start = place.start - facts.sentence.start
    return facts.sentence.text[max(0, start - 40) : start]


def _kind_of(facts: SentenceFacts, place: PlaceFact) -> bool:
    return bool(_kind_of_place().search(_before(facts, place)))


def _opens(facts: SentenceFacts, place: PlaceFact) -> bool:
    """Whether the place stands at the head of its sentence ("In Mosul, ...", "In central Athens ...")."""
    return len(facts.sentence.text[: place.start - facts.sentence.start].split()) <= 2


def _told_as_where(facts: SentenceFacts, place: PlaceFact) -> bool:
    if place.preposition is None or _route_to_place().search(_before(facts, place)):
        return False
    return place.preposition != "of" or _kind_of(facts, place)


def _deed_place(facts: SentenceFacts, usable: list[PlaceFact]) -> PlaceFact:
    """The sentence's best-ranked place; of several ranked alike, the first told after the deed word
    rather than one told before it in a phrase about a person: "a magistrate in Antioquia was
    assassinated in Medellin" happened in Medellin."""
    ranks = [rank(p.place, p.preposition, p.text) for p in usable]
    top = min(ranks)
    tied = [p for p, r in zip(usable, ranks, strict=True) if r == top]
    if all(p.whose for p in tied):
        # "the bishop of Kelbo accused the air force of bombing a chapel in Tolva department": a
        # town naming an office or a force yields to a region told as where, though towns rank first
        # ("the mayor of Kelbo was killed in Tolva department", Kelbo lying in Tolva, keeps the town)
        told = [
            p
            for p in usable
            if not p.whose and _told_as_where(facts, p) and not any(contains(p.place, t.place) for t in tied)
        ]
        if told:
            return min(told, key=lambda p: rank(p.place, p.preposition, p.text))
    live = facts.live_triggers
    # "the mayor of Abrego", "the kidnapping of the Bogota mayor" name an office, often the
    # victim's own town: only places told as where someone was ("in", "at", "near", "the town of")
    where = [p for p in tied if _told_as_where(facts, p)]
    # only places told after a locative word tie this way ("in", "near"; rank's second key), not
    # names standing bare in a phrase ("a Denver officer", "an Army veteran")
    if top[1] <= 1 and len(where) > 1 and live:
        deed = min(t.start for t in live)
        after = [p for p in where if p.start > deed]
        before = [p for p in where if p.start < deed]
        # "In Mosul, a bomb killed ..., while a sniper shot a soldier in Fallujah": a place opening
        # the sentence sets its scene
        if after and before and not any(_opens(facts, p) for p in before):
            return min(after, key=lambda p: p.start)
    return tied[0]


@dataclass
class Draft:
    """The sentences of one event and what they say."""

    sentences: list[SentenceFacts] = field(default_factory=list)
    place: Place | None = None
    place_sentence: int | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    date_sentences: list[int] = field(default_factory=list)
    date_year_given: bool = False  # the start day was written with its year ("on 2 March 1988")
    background: bool = False  # an earlier event the text refers to, not news it reports
    early: set[int] = field(default_factory=set)  # sentences that only lend it a toll told before its deed
    anchor: int | None = None  # where a part split from another draft's sentence is told (its id)
    # started by a sentence telling another incident ("another bomb exploded ..."); see ``told_apart``
    starts_anew: bool = False
    # one event named as news without a day or a toll: by the report's lead ("The bomb attack on
    # ...") or condemned with its victims ("condemned the recent murder of two leaders")
    named_deed: bool = False
    # opened by a deed of another kind told as "also" done ("they also blew up two pylons"): news
    # beside the incident before it, though it names no day or place of its own
    also_other_kind: bool = False

    @property
    def told_apart(self) -> bool:
        """Told as another incident than the ones before it, at a place of its own: "another bomb
        exploded at a school in Vina del Mar" stays its own record even beside an earlier bomb in
        that town the same day (GTD codes each bomb of a series). Without a place of its own ("a
        second bomber was shot dead") it is as often the first incident told further."""
        return self.starts_anew and self.place is not None and self.place_sentence is not None

    @property
    def kinds(self) -> list[str]:
        return [t.kind for s in self.sentences for t in s.live_triggers]

    def add(self, facts: SentenceFacts) -> None:
        self.sentences.append(facts)
        self._take_date(facts)
        self._take_place(facts)

    def _take_date(self, facts: SentenceFacts) -> None:
        for mention in sorted(facts.dates, key=lambda d: _DATE_PRIORITY.get(d.kind, 9)):
            if mention.value is None:
                continue
            if mention.is_end and self.date_start is not None:
                self._take_end(facts, mention)
                continue
            if mention.precision == "year" or mention.kind == "chain":
                continue
            better = self.date_start is None or (self.date_precision != "day" and mention.precision == "day")
            if better:
                self.date_start = mention.value
                self.date_end = None
                self.date_precision = mention.precision
                self.date_year_given = mention.year_given
                self.date_sentences.append(facts.sentence.index)
                if mention.precision == "day":
                    # "on 23 and 24 January": the span the day starts ends on the day told with it
                    for end in facts.dates:
                        if end.is_end and end.value is not None:
                            self._take_end(facts, end)
                    return

    def _take_end(self, facts: SentenceFacts, mention: DateMention) -> None:
        later = self.date_end is None or mention.value > self.date_end
        if mention.value > self.date_start and later and not _telling_ended(facts, mention):
            self.date_end = mention.value
            self.date_sentences.append(facts.sentence.index)

    def _take_place(self, facts: SentenceFacts) -> None:
        usable = [p for p in facts.places if p.usable and p.place is not None]
        if not usable:
            return
        best = _deed_place(facts, usable)
        if self.place is None:
            self.place, self.place_sentence = best.place, facts.sentence.index
            return
        for fact in sorted(usable, key=lambda p: rank(p.place, p.preposition, p.text)):
            if more_precise(self.place, fact.place):
                self.place, self.place_sentence = fact.place, facts.sentence.index
                return

    def dated_long_before(self, published: date | None) -> bool:
        """Whether the event's day, written with its year, lies long before the report ("the
        officers who tried to overthrow him on 3 October 1989" in a report of May 1990): an earlier
        event the report recalls, even where the day stood in another sentence than the deed ("the
        plane had landed on 2 March 1988. Fighter planes bombed the strip"). A month ("since it was
        retaken in July 2015") is as often an aside, and a bare month-day takes its year from the
        story ("by June 11, the last attackers were dead" in a feature a year on keeps its news)."""
        if published is None or self.date_start is None or self.date_precision != "day":
            return False
        last = self.date_end or self.date_start
        if not self.date_year_given or last >= published - STALE_AFTER:
            return False
        # a recent day told anywhere in its sentences keeps it news, as in ``facts._stale``; the day
        # a statement was made does not
        return not any(
            d.value >= published - STALE_AFTER
            for s in self.sentences
            for d in s.dates
            if d.value is not None and d.precision != "year" and all(d is not said for said in s.said_on)
        )

    def accepts_date(self, facts: SentenceFacts) -> bool:
        days = facts.day_dates
        if any(d.kind != "weekday" for d in days):
            days = [d for d in days if d.kind != "weekday"]
        if not days or self.date_start is None:
            return True
        for mention in days:
            if mention.is_end:
                continue
            end = self.date_end or self.date_start
            if not (self.date_start <= mention.value <= end):
                return False
        return True

    def accepts_place(self, facts: SentenceFacts) -> bool:
        towns = [p.place for p in facts.places if p.usable and p.place is not None and p.place.feature == "place"]
        if not towns or self.place is None:
            return True
        return any(compatible(self.place, town) for town in towns)

    def matches_reference(self, facts: SentenceFacts) -> bool:
        """Whether a sentence that refers back ("the attack in Aktobe") means this event."""
        has_day = bool(facts.day_dates)
        has_town = any(p.usable and p.place is not None for p in facts.places)
        if not has_day and not has_town:
            return False
        if has_day and self.date_start is None:
            return False
        if has_town and self.place is None:
            return False
        return self.accepts_date(facts) and self.accepts_place(facts)


# Words such as "killed" or "died" report an event only with a figure or a date beside them;
# alone they are as often background ("arresting and killing many").
_WEAK_KINDS = frozenset({"killing"})  # a kind of event (a code), not words of the text


# Deaths in accidents are not political violence: "the plane crashed due to mechanical problems".
_ACCIDENT_WORDS = frozenset(load_yaml("extract/stages_en.yaml")["accidents"])
# "3,000 people die every year", "killings per month": a rate over a period
_RATES = load_yaml("extract/tallies_en.yaml")["rates"]
_RATE_WORDS = frozenset(_RATES["words"])
_PERIODS = frozenset(_RATES["periods"])


def _habitual(facts: SentenceFacts) -> bool:
    """ "3,000 people die every year", "killings per month": a rate, not an event."""
    words = [t.lower for t in facts.tokens]
    return any(w in _RATE_WORDS and n in _PERIODS for w, n in zip(words, words[1:], strict=False))


@cache
def _campaign() -> tuple[frozenset[str], frozenset[str], int, int]:
    data = load_yaml("extract/stages_en.yaml")
    told = frozenset(data["perfect"]) | frozenset(data["summing"])
    return frozenset(data["campaign"]), told, int(data["campaign_toll"]), int(data["tally_toll"])


@cache
def _fighting_words() -> frozenset[str]:
    return frozenset(load_yaml("extract/stages_en.yaml")["fighting"])


def _campaign_named(facts: SentenceFacts, words: set[str]) -> bool:
    """Whether the sentence names a campaign, or fighting without a day written out for it."""
    campaign = _campaign()[0]
    if words & campaign:
        return True
    written = any(d.kind in ("absolute", "month_day") for d in facts.dates)
    return bool(words & _fighting_words()) and not written


def _running_toll(facts: SentenceFacts) -> bool:
    """ "The conflict, which has left more than 40,000 dead", "13,000 people have been killed since 1980": the
    toll of a war or a campaign, not of one event; a toll in the thousands told in the perfect with
    no day of its own is one too, whatever names the campaign ("thanks to this aid, 70,000 people
    have been killed"), and so is one counted over weeks (``_over_days``); a verb that sums a toll up
    ("the offensive resulted in 1,200 killed") tells it like the perfect."""
    _, perfect, least, tally = _campaign()
    # captives are tallied like the dead ("the contras have kidnapped more than 1,000 peasants")
    tolls = [c.value for c in facts.casualties if c.effect in ("killed", "kidnapped") and not c.vague]
    if not tolls or max(tolls) < least:
        return False
    words = {t.lower for t in facts.tokens}
    named = _campaign_named(facts, words) or (max(tolls) >= tally and not facts.own_dates)
    return named and bool(words & perfect) or _over_days(facts) or over_period(facts)


_SPAN_DAYS = 7  # a stretch of time longer than this is a period, not the days of one event
_SPAN_OPENERS = frozenset({"from", "between"})


def _over_days(facts: SentenceFacts) -> bool:
    """ "398 soldiers died in clashes since 11 November", "2,352 dead from 11 November to 30 January":
    a toll counted from a day, or between two days weeks apart, is the toll of a period."""
    starts = facts.token_starts
    days = facts.day_dates
    for mention in days:
        at = bisect.bisect_left(starts, mention.start)
        before = facts.tokens[at - 1].lower if at > 0 else ""
        if before == "since" or mention.text.lower().startswith("since"):
            return True
        opens = before in _SPAN_OPENERS and not mention.is_end
        if (opens or not mention.is_end) and any(
            (opens or d.is_end) and d.start > mention.end and (d.value - mention.value).days > _SPAN_DAYS
            for d in days
            if d.value is not None and mention.value is not None
        ):
            return True
    return False


def _killed_in_town(facts: SentenceFacts) -> bool:
    """ "The priests were killed in San Salvador": a death told in the passive with the town where
    it happened right after it is a deed at a place, not talk of deaths ("many have died")."""
    starts = {p.start for p in facts.places if p.usable and p.place is not None and p.place.feature == "place"}
    if not starts:
        return False
    tokens = facts.tokens
    for t in facts.live_triggers:
        if t.kind not in _WEAK_KINDS or t.start_index == 0 or t.end_index + 1 >= len(tokens):
            continue
        passive = tokens[t.start_index - 1].lower in ("was", "were")
        if passive and tokens[t.end_index].lower == "in" and tokens[t.end_index + 1].start in starts:
            return True
    return False


def _tells_accident(facts: SentenceFacts | None) -> bool:
    """Whether a sentence tells an accident and no deed: "the pilot could not land and crashed
    into the houses"."""
    if facts is None or not {t.lower for t in facts.tokens} & _ACCIDENT_WORDS:
        return False
    return not any(is_violent_kind(t.kind) and t.kind not in _WEAK_KINDS for t in facts.live_triggers)


def _armed_men_did_it(facts: SentenceFacts) -> bool:
    """ "rail disaster: militants derail a freight train and kill 14 people": a crash armed men caused is no
    accident; armed men the sentence only tells of as targets, deniers or sources do not count."""
    return any(
        a.role == "perpetrator" and a.kind in ARMED_GROUP_KINDS | {"unidentified armed group"} for a in facts.actors
    )


def _has_news(facts: SentenceFacts, in_quotation: bool = False, after_accident: bool = False) -> bool:
    """``after_accident``: the sentence told right before tells an accident and no deed, so "15 dead"
    that follows is its toll ("... crashed into the houses. There are reports of 15 dead.")."""
    tally = facts.sentence.index > 0 and not facts.own_dates and _tally(facts.sentence.text)
    tally = tally or _running_toll(facts) or running_count(facts) or span_tally(facts)
    # "over the last few days the guerrillas have threatened to kill poll workers": threats made
    # over a span count no one, so they are news all the same
    tally = tally and not threat_only([facts])
    # a question that takes a deed with its day and toll for granted ("what of the bombs that killed
    # six soldiers yesterday?") still tells it
    asked = facts.sentence.text.rstrip().endswith("?") and not (facts.own_dates and facts.casualties)
    if _habitual(facts) or asked or tally:
        return False  # a rate, or a question ("did the army bomb the village?"): not a report of an event
    violent = [t for t in asserted(facts, facts.live_triggers, in_quotation) if is_violent_kind(t.kind)]
    if (after_accident or {t.lower for t in facts.tokens} & _ACCIDENT_WORDS) and not _armed_men_did_it(facts):
        violent = [t for t in violent if t.kind not in _WEAK_KINDS]
    armed_actor = any(a.role == "perpetrator" and a.kind not in ("civilians", "other") for a in facts.actors)
    towns_hit = bool(violent) and names_towns_hit(facts)
    if not (facts.casualties or facts.own_dates or armed_actor or towns_hit or _killed_in_town(facts)):
        # ("threatened to kill the judges": a threat made is news without a doer or a day)
        violent = [t for t in violent if t.kind not in _WEAK_KINDS or t.told_threat]
        if all(t.plural and not facts.counted(t) for t in violent):
            return False
    if not violent:
        # a protest is news too (ACLED's Protests), when it is told as happening, not as a plan
        protests = [
            t for t in facts.live_triggers if t.kind == "protest" and not t.plural and t.stage == "accomplished"
        ]
        return bool(protests) and not facts.definite and bool(facts.own_dates or facts.sentence.index < 3)
    if facts.casualties and violent and all(t.plural for t in violent) and _looks_back(facts):
        return False  # "twenty soldiers have been hurt in similar attacks since April": a tally
    return bool(violent) and (not facts.generic or towns_hit)


@cache
def _kept_counts() -> re.Pattern[str]:
    """Phrasings of a count kept over a time ("so far, two deputies have been murdered")."""
    return re.compile("|".join(load_yaml("extract/tallies_en.yaml")["kept_counts"]), re.IGNORECASE)


def _tally(text: str) -> bool:
    return bool(_kept_counts().search(text))


def _looks_back(facts: SentenceFacts) -> bool:
    """A tally over years ("since 1985, 900 members have been murdered", "killing over 200 people in
    the last six months") is not this event's toll."""
    words = {t.lower for t in facts.tokens}
    yearly = any(d.precision == "year" for d in facts.dates)
    looks = "since" in words or yearly or facts.stale or _running_toll(facts) or _tally(facts.sentence.text)
    return looks or running_count(facts) or span_tally(facts)


_LEAD = 1  # the sentences that open a report (after its dateline)

# "the bomb attack", "this attack"; a day's possessive ("Tuesday's attack") is a date of its own already
_ONE_EVENT_DETERMINERS = frozenset({"the", "this"})  # grammar, kept in code


def _names_one_event(facts: SentenceFacts) -> bool:
    """ "The bomb attack on the cultural institute ...": one event, named as the report's subject,
    not talk of several ("the kidnappings are an attempt to ...", "all fighting stopped")."""
    live = [t for t in facts.live_triggers if is_violent_kind(t.kind)]
    if not live or any(t.plural for t in live):
        return False
    if facts.sentence.index == 0:
        # the report's first sentence is its news, unless it only tells of fighting ("all
        # fighting stopped at 0100")
        return any(t.kind != "clash" for t in live)
    words = [t.lower for t in facts.tokens]
    return any(any(w in _ONE_EVENT_DETERMINERS for w in words[max(0, t.start_index - 2) : t.start_index]) for t in live)


# after a deed word, words telling what it was done to or that it was done ("the attack against the
# offices", "the attack carried out by"), from event_reference_en.yaml
_DONE_TO = frozenset(load_yaml("extract/event_reference_en.yaml")["done_to"])


def _names_one_deed_done_to(facts: SentenceFacts) -> bool:
    """ "The Party condemned the recent attack against the offices of the security police": a report
    that opens by naming one deed with what it was done to, or by whom, reports that deed, even with
    neither a day nor a toll ("his attacks on the opposition", "the group that stormed" do not)."""
    tokens = facts.tokens
    for t in facts.live_triggers:
        if t.plural or not is_violent_kind(t.kind) or t.end_index >= len(tokens):
            continue
        before = [tok.lower for tok in tokens[max(0, t.start_index - 3) : t.start_index]]
        if any(w in _ONE_EVENT_DETERMINERS for w in before) and tokens[t.end_index].lower in _DONE_TO:
            return True
    return False


def _deed_by_named_group(facts: SentenceFacts) -> bool:
    """ "Following the raid staged by the FMLN on the hotel", "condemn the FMLN for this attack on
    the minister": one deed named with its author, an armed group the text names, and what it was
    done to is that deed reported, wherever the report tells it and without a day or a toll (an
    unnamed author, "the attack on the minister", or a deed the text dates long ago is not)."""
    if facts.refers_back or facts.stale:
        return False
    armed = any(a.named and a.role == "perpetrator" and a.kind not in ("civilians", "other") for a in facts.actors)
    return armed and _names_one_deed_done_to(facts)


@cache
def _condemning() -> frozenset[str]:
    return frozenset(load_yaml("extract/event_reference_en.yaml")["condemning"])


_CONDEMNED_WITHIN = 4  # tokens from the verb to the event word: "condemned the recent brutal murder"


def _condemned_deed(facts: SentenceFacts) -> bool:
    """ "The council condemned the recent murder in Honduras of two union leaders", "we repudiate the
    violent murder of a police officer": one deed condemned and named by its victims is news the
    report tells, without a day or a toll ("condemned the attack", naming no one it was done to, and
    "condemned the killings", several, are not)."""
    if facts.refers_back or facts.stale:
        return False
    tokens = facts.tokens
    verbs = [k for k, t in enumerate(tokens) if t.lower in _condemning()]
    if not verbs:
        return False
    for t in facts.live_triggers:
        if t.plural or not is_violent_kind(t.kind) or not facts.names_victims(t):
            continue
        if any(0 < t.start_index - k <= _CONDEMNED_WITHIN for k in verbs):
            return True
    return False


_BESIDE = 8  # tokens between an event word and a day told for it


def _day_beside_deed(facts: SentenceFacts, mention: DateMention) -> bool:
    """ "The kidnapping took place yesterday", "the 30 October attack": a day told for the deed,
    not for what was done about it ("suspects in the attack were freed on 12 March")."""
    at = bisect.bisect_left(facts.token_starts, mention.start)
    return any(t.start_index - _BESIDE <= at <= t.end_index + _BESIDE for t in facts.live_triggers)


def _telling_ended(facts: SentenceFacts, mention: DateMention) -> bool:
    """ "The case was kept secret until today": an end day counted from the report's day ("until
    today", "until last night") told away from every deed word ends the telling of the news, not the
    deed's period; "the fighting went on until today" ends the deed's."""
    return mention.kind == "deictic" and not _day_beside_deed(facts, mention)


def _killed(facts: SentenceFacts) -> set[int]:
    return {c.value for c in facts.casualties if c.effect == "killed" and c.value > 0 and not c.vague}


def _dated_other_toll(draft: Draft, facts: SentenceFacts) -> bool:
    """ "Two leaders were killed near the town. ... The massacre of 12 people last Wednesday": a
    deed named with a day of its own and a death toll that is none of the tolls the undated event
    told so far is another incident, not that event dated at last; so is a deed of another kind with
    a day of its own that only hurt people ("On 4 May masked men bombed a garage, wounding two")."""
    if draft.date_start is not None or not facts.own_dates:
        return False
    told = set().union(*(_killed(s) for s in draft.sentences)) if draft.sentences else set()
    new = _killed(facts)
    if told and not new:
        hurt = any(c.effect == "wounded" and c.value > 0 and not c.vague for c in facts.casualties)
        kinds = {t.kind for t in facts.live_triggers if t.stage == "accomplished"}
        return hurt and bool(kinds) and not kinds & set(draft.kinds)
    return bool(told) and bool(new) and not (new & told) and not any(c.additional for c in facts.casualties)


@cache
def _own_cause_words() -> frozenset[str]:
    return frozenset(load_yaml("extract/new_incident_en.yaml")["own_cause"])


def _own_cause_elsewhere(draft: Draft, facts: SentenceFacts) -> bool:
    """ "One person died when a train was derailed near X": a sentence that only counts dead or hurt,
    names a town the record is not at and tells a cause of its own (a clause saying when or why, or
    an accident) reports another incident, not the toll of the record told before it."""
    if draft.accepts_place(facts):
        return False
    words = {t.lower for t in facts.tokens}
    return bool(words & (_own_cause_words() | _ACCIDENT_WORDS))


def _toll_of_another_day(draft: Draft, facts: SentenceFacts) -> bool:
    """ "Guerrillas blew up a pylon on 2 March. On 28 February three soldiers were wounded": a
    sentence that only counts dead or hurt on a day written out in full (not a weekday nor "today",
    which may be reckoned differently, nor the day of a statement) that is not the record's day
    tells the toll of another incident, not of that record."""
    if draft.date_start is None:
        return False
    end = draft.date_end or draft.date_start
    days = [
        d
        for d in facts.own_dates
        if d.kind in ("absolute", "month_day") and not d.is_end and all(d is not s for s in facts.said_on)
    ]
    return bool(days) and not any(draft.date_start <= d.value <= end for d in days if d.value is not None)


def _only_hurt(facts: SentenceFacts) -> bool:
    return not facts.own_dates and all(c.effect == "wounded" and c.value > 0 for c in facts.casualties)


def group_sentences(all_facts: list[SentenceFacts]) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    last_index = -10
    lead: SentenceFacts | None = None  # a sentence that only sets the scene's date
    early: list[SentenceFacts] = []  # figures told before the report names any deed
    quoted = open_quotations(all_facts)
    all_facts = [clause for facts in all_facts for clause in day_clauses(facts)]
    tally_at, headed = -10, False  # the last sentence of a running count, and whether it was a heading
    previous: SentenceFacts | None = None
    for facts in all_facts:
        before, previous = previous, facts  # the sentence told right before this one
        index = facts.sentence.index
        # a breakdown may come a sentence later ("... 30 were captured. Their casualties include ...")
        if 0 < index - tally_at <= (1 if headed else 2) and carries_on(facts, headed):
            tally_at, headed = index, False
            continue  # the running count goes on: no deed of its own, no toll for the deed before it
        heading = heads_count(facts)
        if heading or running_count(facts):
            tally_at, headed = index, heading
        if not _has_news(facts, facts.sentence.index in quoted, _tells_accident(before)):
            lead = facts if facts.own_dates and not facts.casualties else None
            if current is None and facts.casualties and not facts.generic and not _looks_back(facts):
                early.append(facts)
            # casualty figures right after an event belong to it ("Five people died.")
            if (
                current is not None
                and facts.casualties
                # the hurt may come a sentence later ("... escaped unharmed. Seven guards were injured.")
                and (facts.sentence.index - last_index <= (2 if _only_hurt(facts) else 1) or _sole_event(drafts, facts))
                and not facts.generic
                and not _looks_back(facts)
                and not _own_cause_elsewhere(current, facts)
                and not _toll_of_another_day(current, facts)
            ):
                current.add(facts)
                last_index = facts.sentence.index
            elif current is not None and not facts.generic and not _looks_back(facts):
                lead_draft = _toll_of_lead(drafts, facts)
                hurt_only = bool(facts.casualties) and _only_hurt(facts)
                victim_draft = draft_of_named_victim(drafts, before, facts) if hurt_only else None
                if lead_draft is not None:
                    lead_draft.add(facts)
                elif victim_draft is not None and victim_draft.accepts_place(facts):
                    victim_draft.add(facts)  # "... riding with three escorts. Two of them were wounded."
                elif facts.sentence.index - last_index <= 2 and _tells_when(current, facts):
                    current.add(facts)  # "It happened on 9 April at 2230 hours"
                    last_index = facts.sentence.index
                    lead = None
                elif (
                    facts.sentence.index - last_index == 1 and not facts.casualties and retells_victims(current, facts)
                ):
                    # "The three were driving to Y when they were stopped. No one was hurt.": the deed's
                    # account goes on (its toll may follow), though the sentence adds nothing to it
                    last_index = facts.sentence.index
            continue
        target: Draft | None = None
        # a deed condemned and named by its victims is news, not a passing reference
        condemned = facts.definite and _condemned_deed(facts)
        # "After the senator was killed, the special forces searched the hills": recalled to time
        # the news of its main clause
        recalled = _recalled_to_time(facts)
        if facts.stale or (recalled and not facts.definite):
            # "Pastrana was kidnapped on 22 January 1988" in a report of 1989: recalled, not reported
            target = next((d for d in reversed(drafts) if d.background and d.matches_reference(facts)), None)
            if target is None:
                target = Draft(background=True)
                drafts.append(target)
            target.add(facts)
            lead = None
            continue
        if facts.definite and not facts.new_event:
            target = next((d for d in reversed(drafts) if d.matches_reference(facts)), None)
            if (
                target is None
                and current is not None
                and (not facts.day_dates or current.date_start is None)  # "the kidnapping took place on ..."
                and not facts.refers_back
                and (current.accepts_place(facts) or retells_victims(current, facts))
                and not _dated_other_toll(current, facts)
            ):
                target = current if facts.sentence.index - last_index <= 3 else None
            lead_news = facts.sentence.index <= _LEAD and not facts.refers_back and _names_one_event(facts)
            named_news = _deed_by_named_group(facts) or condemned
            # once the report has told news, a day told for what was done about "the attack"
            # ("suspects in the attack were freed on 12 March") does not make it news again
            told = any(not d.background for d in drafts)
            dated = any(not told or _day_beside_deed(facts, d) for d in facts.own_dates)
            if target is None and not (dated or facts.casualties or lead_news or named_news):
                # a passing reference to an event the text does not report; but a report's lead
                # ("The bomb attack on the cultural institute caused heavy damage") is its news
                continue
            if (
                target is None
                and not facts.own_dates
                and not named_news
                and (facts.refers_back or facts.sentence.index >= 3 or recalled)
                and (facts.refers_back or not names_deed_by_count(facts))
            ):
                # "since the Kampala bombings, which killed 74": an earlier event, not this report's news
                # (a lead such as "The death toll from the bombing rose to 7" is a follow-up: news; so
                # is a deed named by the count of its victims, "the murder of two American citizens")
                target = Draft(background=True)
                drafts.append(target)
        elif (
            current is not None
            and not facts.new_event
            and not facts.placing  # the earlier deed that places the one before it in its sentence
            and not _counted_on(facts)
            and not also_elsewhere(facts)
            and not also_other_kind(current.kinds, facts)
        ):
            close = (
                facts.sentence.index - last_index <= 2
                or facts.sentence.paragraph == current.sentences[-1].sentence.paragraph
                or retells_victims(current, facts)  # "The four ...", a paragraph further on
            )
            # "X was shot last night ... X died this morning": the death is the shooting's toll
            hurt_first = close and hurt_of_told_dead(current.sentences, facts)
            # "Eight people were wounded ... One of the wounded died that night": the same toll
            hurt_group_died = close and died_of_told_hurt_group(current.sentences, facts)
            if (
                close
                and (
                    current.accepts_date(facts)
                    or hurt_first
                    or hurt_group_died
                    or died_of_told_hurt(current.sentences, facts)
                )
                # "The four were travelling to Y when gunmen stopped them": the deed's people, retold
                and (current.accepts_place(facts) or retells_victims(current, facts) or hurt_group_died)
                and not _new_scene(current, lead, facts)
                and threat_only(current.sentences) == threat_only([facts])
            ):
                target = None if _dated_other_toll(current, facts) and not _killed(facts) else current
                if target is not None and hurt_first:
                    _dated_by_hurt(target, facts)
        if target is None:
            # a deed that places or dates the one told beside it ("12 hours after a gunman killed ...")
            # is an earlier incident of its own
            if bare_perfect_toll(facts):
                # "sadly, nine people have died": a count of dead that joins no deed told
                # before it is a tally of deeds told elsewhere, not an event of its own
                continue
            other_kind = current is not None and also_other_kind(current.kinds, facts)
            anew = facts.new_event or _counted_on(facts) or also_elsewhere(facts) or facts.placing or other_kind
            target = Draft(starts_anew=anew and bool(drafts), also_other_kind=other_kind)
            target.named_deed = (facts.sentence.index == 0 and _names_one_deed_done_to(facts)) or condemned
            drafts.append(target)
            if (
                lead is not None
                and lead.sentence.index == facts.sentence.index - 1
                and not _other_day(lead, facts)
                and (_sets_scene(lead, facts) or (current is not None and _new_scene(current, lead, facts)))
            ):
                target.add(lead)  # "The following month, on April 20, ..." then the event itself
        target.add(facts)
        if facts.days_before is not None and current is not None and target is not current:
            _dated_before(target, current, facts.days_before)
        if not target.background and not (facts.placing and current is not None):
            if current is None:
                _take_early(target, early, facts)
            current = target
            last_index = facts.sentence.index
        lead = None
    return split_told_threats(split_burnings(split_by_count(split_by_place(drafts))))


def _recalled_to_time(facts: SentenceFacts) -> bool:
    """Whether a sentence past the report's opening, with no day of its own, tells its deeds only in a
    clause opening it that times its main clause ("Shortly after the attack, the front said ...")."""
    # a headline, a standfirst or a lead ("After a bomb went off in the market, panic spread") is news
    if facts.sentence.index < 3 or facts.own_dates:
        return False
    # a search or an arrest told in the main clause ("the special forces searched the hills") is
    # what the clause times, no deed of violence of its own
    violent = [t for t in facts.live_triggers if is_violent_kind(t.kind)]
    return opens_with_earlier_deed(facts.tokens, violent, [c.start for c in facts.casualties])


def threat_only(sentences: list[SentenceFacts]) -> bool:
    """Whether the deeds the sentences tell are only threats made ("threatened to kill 10 judges"): a
    threat is an incident of its own, apart from the deeds done told beside it."""
    live = [t for f in sentences for t in f.live_triggers]
    return bool(live) and all(t.told_threat for t in live)


def _dated_before(draft: Draft, later: Draft, days: int) -> None:
    """ "The attack came two days after rebels shot a judge": the earlier deed, told with no day of
    its own, was done that many days before the deed of the record told right before it (on its day
    when told hours before it), not on the report's day."""
    if draft.date_start is not None or later.date_start is None or later.date_precision != "day":
        return
    draft.date_start = later.date_start - timedelta(days=days)
    draft.date_precision = "day"


def _dated_by_hurt(draft: Draft, facts: SentenceFacts) -> None:
    """The record of a death told first ("X died this morning") takes the day the person was hurt
    ("X was shot last night"), when that day came before."""
    days = [d.value for d in facts.own_dates if d.value is not None and not d.is_end]
    if not days or draft.date_start is None or min(days) >= draft.date_start:
        return
    draft.date_end = draft.date_start
    draft.date_start = min(days)
    draft.date_precision = "day"


@cache
def _happened_openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(words) for words in load_yaml("extract/event_reference_en.yaml")["happened_openers"])


def _tells_when(draft: Draft, facts: SentenceFacts) -> bool:
    """ "It happened on 9 April at 2230 hours local time": a sentence without an event word that
    opens by pointing at the deed just told and names its day dates that deed, when the report told
    it without a day of its own."""
    if draft.date_start is not None and draft.date_precision == "day":
        return False
    if not facts.own_dates:
        return False
    words = tuple(t.lower for t in facts.tokens if t.lower.isalpha())
    return any(words[: len(opener)] == opener for opener in _happened_openers()) or _deed_done_on(facts)


@cache
def _deed_done_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    data = load_yaml("extract/event_reference_en.yaml")["deed_done_on"]
    return frozenset(data["nouns"]), tuple(tuple(words) for words in data["done"])


def _deed_done_on(facts: SentenceFacts) -> bool:
    """ "... the names of those who took part in the crime perpetrated on 16 May": the deed named by a
    word of crime with the day it was done, the day right after "on"."""
    nouns, done = _deed_done_words()
    tokens = facts.tokens
    day_starts = {d.start for d in facts.own_dates if d.value is not None and not d.is_end}
    for k, token in enumerate(tokens):
        if token.lower not in nouns:
            continue
        for words in done:
            on = k + 1 + len(words)
            if (
                on + 1 < len(tokens)
                and tuple(t.lower for t in tokens[k + 1 : on]) == words
                and tokens[on].lower == "on"
                and tokens[on + 1].start in day_starts
            ):
                return True
    return False


def _towns(facts: SentenceFacts) -> list[Place]:
    return [p.place for p in facts.places if p.usable and p.place is not None and p.place.feature == "place"]


def _new_scene(current: Draft, lead: SentenceFacts | None, facts: SentenceFacts) -> bool:
    """ "In the south a rebel band took over the town of X early yesterday. When they failed to locate
    the mayor, they dynamited the town hall": a sentence without an event word that names a town
    the record told before is not at, and a day, sets the scene of the deed told right after it
    without a town of its own; that deed is another incident, not the record's."""
    if lead is None or lead.sentence.index != facts.sentence.index - 1 or _towns(facts):
        return False
    towns = _towns(lead)
    return bool(towns) and current.place is not None and not current.accepts_place(lead)


def _sets_scene(lead: SentenceFacts, facts: SentenceFacts) -> bool:
    """Whether a sentence that only tells a day sets the scene of the event told next: in its
    paragraph ("The following month, on April 20, ..."), or in a paragraph of its own when it names
    the event to come ("A quiet Sunday ended on June 5, 2016, in what became the worst attack", "the
    school was evacuated today after a missile hit it last night");
    a day of something else ("the president was to leave Tokyo on Friday") dates nothing after it."""
    return lead.sentence.paragraph == facts.sentence.paragraph or bool(lead.triggers or lead.weapons)


@cache
def _ordinals() -> tuple[frozenset[str], int]:
    data = load_yaml("extract/new_incident_en.yaml")
    return frozenset(data["ordinals"]), int(data["opening_words"])


def _counted_on(facts: SentenceFacts) -> bool:
    """ "A third explosion occurred in the centre of the city": a sentence opening with a deed counted
    on by an ordinal tells one more incident of a series (resources/extract/new_incident_en.yaml)."""
    ordinals, opening = _ordinals()
    words = [t.lower for t in facts.tokens[: opening + 1]]
    if not any(w in ordinals for w in words):
        return False
    deeds = {t.start_index for t in facts.live_triggers if is_violent_kind(t.kind)}
    return any(
        w == "a" and n in ordinals and (k + 2 in deeds or k + 3 in deeds)
        for k, (w, n) in enumerate(zip(words, words[1:], strict=False))
    )


_EARLY_REACH = 3  # sentences between a figure told first and the deed it belongs to


def _take_early(draft: Draft, early: list[SentenceFacts], first_news: SentenceFacts) -> None:
    """ "Four people were hurt in Trujillo last night. Two bombs went off at ...": a report that opens
    with its toll and names the deed after it; the toll is that deed's. Dates, towns and groups told
    beside such a toll do not by themselves make the draft news (see ``early``)."""
    for facts in early:
        near = first_news.sentence.index - facts.sentence.index <= _EARLY_REACH
        if near and draft.accepts_date(facts) and draft.accepts_place(facts):
            draft.add(facts)
            draft.early.add(facts.sentence.index)


def _other_day(lead: SentenceFacts, facts: SentenceFacts) -> bool:
    """ "These three disappeared on 23 August. The body of X, who was abducted on 8 September, ...":
    a sentence naming a day of its own is not set on the day the sentence before it named."""
    own = {d.value for d in facts.own_dates if not d.is_end}
    return bool(own) and not own & {d.value for d in lead.own_dates}


def _toll_of_lead(drafts: list[Draft], facts: SentenceFacts) -> Draft | None:
    """ "Officials have confirmed that the number of victims is now 37": a toll told as the total, in a
    sentence telling no deed of its own, is the toll of the deed the report leads with, however far
    from it; the report's first news draft, when it counts no one of that effect yet."""
    tolls = [c for c in facts.casualties if c.value > 0]
    if not tolls or not all(c.is_total and c.effect in ("killed", "wounded") for c in tolls) or facts.live_triggers:
        return None
    if max(c.value for c in tolls) >= _campaign()[3]:
        return None  # "its tragic toll of 60,000 victims": a war's, not a deed's
    lead = next((d for d in drafts if not d.background), None)
    if lead is None or any(c.effect in {t.effect for t in tolls} for s in lead.sentences for c in s.casualties):
        return None
    return lead


def _sole_event(drafts: list[Draft], facts: SentenceFacts) -> bool:
    """A report that has told one deed so far: a later hurt without a deed of its own is that deed's."""
    news = [d for d in drafts if not d.background]
    return len(news) == 1 and _only_hurt(facts)
