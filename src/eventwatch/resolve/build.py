"""A draft (the sentences of one event) → an Event record with evidence for every field."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from eventwatch.extract.actors import ActorMention
from eventwatch.extract.casualties import CasualtyFigure, disputing_words
from eventwatch.extract.casualties.words import words as casualty_words
from eventwatch.extract.coordinated import partners
from eventwatch.extract.nationality import has_nationality, without_nationality
from eventwatch.extract.talk_parties import talk_parties
from eventwatch.model import ARMED_GROUP_KINDS, STATE_KINDS, Actor, Article, Casualties, Event, Evidence, Place
from eventwatch.resolve.attacked import hurt_among_attacked
from eventwatch.resolve.deed_day import dated_by_statement, deed_day
from eventwatch.resolve.died_later import hurt_group_recounts, without_hurt_who_died
from eventwatch.resolve.events import Draft
from eventwatch.resolve.named_apart import named_apart
from eventwatch.resolve.near_town import near_town
from eventwatch.resolve.reference import named_only, told_as_reference
from eventwatch.resolve.shot_dead import without_shot_dead
from eventwatch.resolve.summary import write_summary
from eventwatch.resolve.taxonomy import (
    classify,
    deed_kinds,
    fight_noise,
    ground_assault,
    is_violent_kind,
    kind_rank,
    kind_spec,
    seized_as_means,
)
from eventwatch.resolve.vague_tolls import split_vague
from eventwatch.resources import load_yaml

# GTD target type implied by who was killed or wounded
_SIDE_TARGET = {"security_forces": "Police", "civilians": "Private Citizens & Property"}


@dataclass
class _Tally:
    """What one sentence says of one effect."""

    value: int
    low: int | None
    high: int | None
    sides: dict[str, int]
    starts: list[int]
    is_total: bool

    @property
    def victims(self) -> int:
        return self.value - self.sides.get("perpetrators", 0)


# "in total", "altogether": a sentence telling a total (casualty_words_en.yaml)
_TOTAL_WORDS = casualty_words("total_words")


def _tally(group: list[CasualtyFigure], words: frozenset[str] = frozenset()) -> _Tally | None:
    if words & _TOTAL_WORDS:
        # "26 were killed ... in total 26 were killed": the same figure told twice, not two groups
        seen: set[tuple] = set()
        unique = []
        for figure in group:
            key = (figure.effect, figure.value, figure.side, figure.is_part)
            if key not in seen:
                seen.add(key)
                unique.append(figure)
        group = unique
    totals = [f for f in group if f.is_total]
    parts = [f for f in group if not f.is_total and not f.is_part]
    counted = totals or parts
    if not counted:
        return None
    lows = [f.low for f in counted]
    highs = [f.high for f in counted]
    if totals:
        value = max(f.value for f in totals)
        low = max((v for v in lows if v is not None), default=None)
        high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    else:
        value = sum(f.value for f in parts)
        low = None if any(v is None for v in lows) else sum(v for v in lows if v is not None)
        high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    sides: dict[str, int] = {}
    has_share = any(f.is_part for f in group)  # "12 people, including three attackers"
    whole_side = False  # the figure whose shares follow counts itself: they are all on its side
    for position, figure in enumerate(group):
        if figure.is_part and whole_side:
            continue
        # a figure broken down into shares counts through its shares ("12 people, including three
        # attackers"); one told beside them counts itself ("..., including two women, and five attackers")
        broken_down = position + 1 < len(group) and group[position + 1].is_part
        if not figure.is_part:
            whole_side = broken_down and not figure.is_total and _shares_on_its_side(group, position)
        if figure.side and (figure.is_part or whole_side or not (figure.is_total or (has_share and broken_down))):
            sides[figure.side] = sides.get(figure.side, 0) + figure.value
    return _Tally(value, low, high, sides, [f.start for f in group], bool(totals or has_share))


def _shares_on_its_side(group: list[CasualtyFigure], position: int) -> bool:
    """The shares told right after ``group[position]`` are all on its own side ("four gunmen,
    including a suicide bomber"): a share of a side's dead, not another side beside them, so the
    side counts the whole figure. A figure of no side or a generic one ("12 people, including three
    attackers") keeps counting through its shares."""
    side = group[position].side
    if side is None or side == "civilians":
        return False
    shares = []
    for figure in group[position + 1 :]:
        if not figure.is_part:
            break
        shares.append(figure)
    return all(f.side == side for f in shares)


def _casualty_words(tokens: list, figures: list[CasualtyFigure]) -> frozenset[str]:
    """The words of a sentence that weigh on its figures. A disputing word that a new clause answers
    before the figures ("rejected the army's version and accused it of murdering three") puts the
    other account in doubt, not this one, so it is left out."""
    words = {t.lower for t in tokens}
    first = min(f.start for f in figures)
    for k, token in enumerate(tokens):
        if token.lower in disputing_words() and token.start < first:
            answered = any(t.lower == "and" and t.start < first for t in tokens[k + 1 :])
            if answered and not any(t.lower in disputing_words() and t.start > first for t in tokens):
                words.discard(token.lower)
    return frozenset(words)


def _only_added(figures: list[tuple[int, CasualtyFigure]], effect: str) -> bool:
    """Every figure of ``effect`` tells people besides others ("a guard was also killed"), none a total:
    the count is an addition to what another record of the report counts, not a recount of it."""
    told = [f for _, f in figures if f.effect == effect and f.value > 0]
    return bool(told) and all(f.additional and not f.is_total for f in told)


def _estimate(
    figures: list[tuple[int, CasualtyFigure]], effect: str, words: dict[int, frozenset[str]] | None = None
) -> tuple[Casualties, list[int]]:
    """Totals from one event's figures. Within a sentence the parts add up ("eight police
    officers and two civilians"); across sentences reports of the same people repeat, so the
    largest figure wins, but victims in one sentence and attackers in another add up ("killing
    three policemen ... ten Taliban fighters were also killed")."""
    figures, vague_only = split_vague(figures, effect)
    if vague_only is not None:
        return vague_only  # "hundreds of peasants were murdered": 100, a lower bound
    by_sentence: dict[int, list[CasualtyFigure]] = defaultdict(list)
    for index, figure in figures:
        if figure.effect == effect:
            by_sentence[index].append(figure)
    # "Eight tourists were injured ... 10 other people were also injured": a later sentence that
    # counts only others adds to what was told before instead of repeating it
    extra: list[_Tally] = []
    first_extra: int | None = None
    for index in sorted(by_sentence)[1:]:
        group = by_sentence[index]
        if group and all(f.additional and not f.is_total for f in group):
            tally = _tally(group)
            if tally is not None:
                extra.append(tally)
                first_extra = index if first_extra is None else first_extra
            del by_sentence[index]
    # "the wife was killed ... the driver was also killed ... the gunmen killed her and the driver":
    # a sentence after the added people that counts them all is no base to add them to again
    recount = {
        index: group
        for index, group in by_sentence.items()
        if first_extra is not None and index > first_extra and not any(f.is_total for f in group)
    }
    if recount and len(recount) < len(by_sentence):
        for index in recount:
            del by_sentence[index]
    else:
        recount = {}
    words = words or {}
    # "residents said 27 died, a figure the army rejected": a disputed figure gives way to the others
    disputed = [index for index in by_sentence if words.get(index, frozenset()) & disputing_words()]
    if disputed and len(disputed) < len(by_sentence):
        for index in disputed:
            del by_sentence[index]
    tallies = [
        t
        for t in (_tally(group, words.get(index, frozenset())) for index, group in by_sentence.items())
        if t is not None
    ]
    if not tallies:
        return Casualties(), []
    top = max(t.value for t in tallies)
    later = [t for t in (_tally(group, words.get(i, frozenset())) for i, group in recount.items()) if t is not None]
    if extra and top > 1 and sum(t.value == top for t in tallies + later) > 1:
        # "the riots resulted in two injuries ... also injured was a citizen ... in all, two injuries":
        # a total told twice is settled, the people told as "also" are among it
        extra = []
    if extra:
        base = max(tallies, key=lambda t: t.value)
        added = sum(t.value for t in extra)
        sides = dict(base.sides)
        for tally in extra:
            for side, value in tally.sides.items():
                sides[side] = sides.get(side, 0) + value
        known = base.low is not None and all(t.low is not None for t in extra)
        low = base.low + sum(t.low or 0 for t in extra) if known and base.low is not None else None
        tallies = [
            _Tally(base.value + added, low, None, sides, base.starts + [s for t in extra for s in t.starts], True)
        ]
    tallies += later
    victims = max(tallies, key=lambda t: t.victims)
    if effect != "killed" and victims.victims > 0 and any(t.sides.get("perpetrators") for t in tallies):
        # injured on both sides ("ten policemen wounded ... eight Taliban were wounded"): the injured of
        # the attack are its victims; analysts code hurt attackers apart and this record has no field for them
        low = victims.low if victims.victims == victims.value else None
        return Casualties(best=victims.victims, low=low, high=None), victims.starts
    chosen = max(tallies, key=lambda t: t.value)
    attackers = max(tallies, key=lambda t: t.sides.get("perpetrators", 0))
    combined = victims.victims + attackers.sides.get("perpetrators", 0)
    # "three militants were killed ... Ruiz was shot along with two other militants": a sentence that
    # counts attackers among its own dead recounts those told elsewhere rather than adding to them
    if victims is not attackers and combined > chosen.value and not victims.sides.get("perpetrators"):
        sides = {k: v for k, v in victims.sides.items() if k != "perpetrators"}
        sides["perpetrators"] = attackers.sides["perpetrators"]
        low = None if victims.low is None or attackers.low is None else victims.victims + sides["perpetrators"]
        chosen = _Tally(combined, low, None, sides, victims.starts + attackers.starts, True)
    estimate = Casualties(best=chosen.value, low=chosen.low, high=chosen.high, additional=_only_added(figures, effect))
    if effect == "killed":
        estimate.perpetrators = chosen.sides.get("perpetrators")
        estimate.security_forces = chosen.sides.get("security_forces")
        estimate.civilians = chosen.sides.get("civilians")
    return estimate, chosen.starts


# "attacked with rockets", "mortars were fired": the weapon names the kind of attack (the first kind
# of weapons_en.yaml's weapon_kinds with a word in the sentence)
_WEAPON_WORDS = load_yaml("extract/weapons_en.yaml")
_WEAPON_KINDS = tuple((tuple(names), kind) for kind, names in _WEAPON_WORDS["weapon_kinds"].items())
_EXPLOSIVE_KINDS = frozenset({"suicide_bombing", "bombing", "grenade", "shelling", "airstrike"})
# trigger kinds (codes) that tell a deed was done but not what kind of deed: a record typed by these
# alone takes its kind from another record of its deed (fuse.py)
_UNSAID_KINDS = frozenset({"attack", "killing"})
_GENERIC_KINDS = frozenset({"attack", "killing", "armed_assault", "massacre", "assassination", "clash", "sabotage"})
# words that say people were shot (not "gunmen", which names who, not how)
_SHOOTING = frozenset(_WEAPON_WORDS["shooting_words"]) | frozenset(_WEAPON_WORDS["gunfire_words"])


_SHELLS = tuple(_WEAPON_WORDS["weapon_kinds"]["shelling"])


_EXPLOSIVES = frozenset(name for names, _ in _WEAPON_KINDS for name in names)
# guns and the words of their firing: a sentence with these fired no shell
_FIREARMS = frozenset(_WEAPON_WORDS["guns"]) | frozenset(_WEAPON_WORDS["gunfire_words"])


def _shooting_words(tokens: list) -> set[str]:
    """Words that say people were shot; "a mortar fired by insurgents" fired a shell, not a gun, and
    "explosives that were to be fired at the palace" were no gun either."""
    words = {t.lower for t in tokens}
    fired_explosives = bool(words & _EXPLOSIVES) and not words & _FIREARMS
    found = set()
    for k, token in enumerate(tokens):
        if token.lower in _SHOOTING:
            near = {t.lower for t in tokens[max(0, k - 2) : k + 3]}
            fired = token.lower in ("fired", "firing")
            if not (fired and (near & set(_SHELLS) or fired_explosives)):
                found.add(token.lower)
    return found


# words of weapons found or taken: a sentence with one tells arms, not the means of a deed
_ARMS_TAKEN = frozenset(_WEAPON_WORDS["arms_taken"])


def _used_weapon_words(facts) -> set[str]:
    """The words of a sentence that may name the weapon a deed was done with: none where the sentence
    tells weapons found or seized ("troops seized rifles and dynamite")."""
    words = {t.lower for t in facts.tokens}
    return set() if words & _ARMS_TAKEN else words


def _kinds_from_weapons(draft: Draft, kinds: list[str]) -> list[str]:
    # a rally or an arrest told beside the deaths does not name how people died
    if not kinds or any(k not in _GENERIC_KINDS and is_violent_kind(k) for k in kinds):
        return []
    if any(_shooting_words(f.tokens) for f in draft.sentences):
        return []  # "shot dead a judge ... police found two bombs nearby": the bombs were not the attack
    words = {w for f in _weapon_sentences(draft) for w in _used_weapon_words(f)}
    return [kind for names, kind in _WEAPON_KINDS if words.intersection(names)][:1]


def _weapon_sentences(draft: Draft) -> list:
    """The sentences whose weapon words may tell how a draft's deed was done. A murder or
    shooting the draft opens with is told by its own sentence: "after killing the family, the gunmen used
    dynamite against the police post" tells what was done next, not how the family died (the reading
    ``_without_campaigns`` gives explosions told after a lead murder). Where a later sentence tells a
    blast as a deed of its own ("rebels detonated eight bombs"), the draft holds that deed too and all
    its sentences count."""
    lead = {t.kind for t in draft.sentences[0].live_triggers if t.stage == "accomplished"}
    later = {t.kind for f in draft.sentences[1:] for t in f.live_triggers if t.stage == "accomplished"}
    if lead & deed_kinds("lead") and not (lead | later) & _EXPLOSIVE_KINDS:
        return draft.sentences[:1]
    return draft.sentences


def _as_ground_assault(draft: Draft, kinds: list[str]) -> list[str]:
    """Mortars, rockets or grenades told in one sentence with rifles or machineguns ("attacked the post
    with mortars and rifle fire", "with rifles and rocket-propelled grenades") type an armed assault: the
    explosive kind gives way (see ``ground_assault`` in taxonomy/event_types.yaml)."""
    afar, small_arms = ground_assault()
    if not kinds or max(kinds, key=kind_rank) not in afar:
        return kinds
    # the words of those weapons ("rockets", "rocket-propelled grenades")
    fired = {name for names, kind in _WEAPON_KINDS if kind in afar for name in names}
    told_with_guns = any(
        (any(t.kind in afar for t in f.triggers) or words & fired) and words & small_arms
        for f in draft.sentences
        for words in [{t.lower for t in f.tokens}]
    )
    return ["armed_assault" if k in afar else k for k in kinds] if told_with_guns else kinds


# explosions a fight may hold: a suicide bombing or an air strike is a deed of its own
_FIGHT_BLASTS = frozenset({"bombing", "grenade", "shelling"})
# deeds that tell an assault an explosion may be part of ("attacked the town", "clashes")
_ASSAULT_KINDS = frozenset({"attack", "armed_assault", "clash", "massacre"})


def _fight_sentence(facts, assault_told_before: bool) -> bool:
    """Whether a sentence tells its explosions as a moment of a fight: heard with gunfire ("explosions and
    shootouts were heard"), or, after a sentence that told the assault, placed in it ("a bomb went off in a
    shop during the attack on the town"). An assault named by its explosives ("during a grenade attack")
    is no other deed than they."""
    noise = fight_noise()
    words = [t.lower for t in facts.tokens]
    present = set(words)
    if present & noise.heard and present & noise.gunfire:
        return True
    if not assault_told_before:
        return False
    for k, word in enumerate(words):
        if word not in noise.during:
            continue
        phrase = words[k + 1 : k + 2 + noise.during_reach]
        head = next((i for i, w in enumerate(phrase) if w in noise.assaults), None)
        if head is not None and not _EXPLOSIVES.intersection(phrase[:head]):
            return True
    return False


def _as_fight(draft: Draft, kinds: list[str]) -> list[str]:
    """Explosions the event's first telling of them places in a fight ("explosions and shootouts were heard
    in the suburbs", "a bomb blew up in their shop during the assault on the village") are part of an armed
    assault, which types the event (``ground_assault.noise`` in taxonomy/event_types.yaml); an explosion
    told first as a deed of its own ("a bomb exploded at the bank") keeps its kind."""
    if not kinds or max(kinds, key=kind_rank) not in _FIGHT_BLASTS:
        return kinds
    first = next((i for i, f in enumerate(draft.sentences) if _blast_done(f)), None)
    if first is None:
        return kinds
    assault_before = any(
        t.kind in _ASSAULT_KINDS and t.stage == "accomplished" for f in draft.sentences[:first] for t in f.live_triggers
    )
    if not _fight_sentence(draft.sentences[first], assault_before):
        return kinds
    return ["armed_assault" if k in _FIGHT_BLASTS else k for k in kinds]


# kinds that are themselves the seizure of people or a carrier, not a deed a seized vehicle served
_SEIZURES = frozenset({"hijacking", "kidnapping", "hostage_barricade"})
_MEANS_WINDOW = 3  # words either side of the hijacking word that name what was seized


def _without_seized_vehicle(draft: Draft, kinds: list[str]) -> list[str]:
    """ "Two men hijacked a truck, drove it into the crowd and stabbed passers-by": a road vehicle seized
    to ram people is the means of the attack told with it, so the hijacking gives way to it (a bus or a
    plane seized with those aboard, or a truck seized for its load, stays a hijacking; see
    ``seized_as_means`` in event_types.yaml)."""
    if "hijacking" not in kinds or not any(k not in _SEIZURES and is_violent_kind(k) for k in kinds):
        return kinds
    vehicles, carriers, ramming = seized_as_means()
    if not any(_tells(facts.tokens, ramming) for facts in draft.sentences):
        return kinds
    for facts in draft.sentences:
        for trigger in facts.live_triggers:
            if trigger.kind != "hijacking":
                continue
            near = facts.tokens[max(0, trigger.start_index - _MEANS_WINDOW) : trigger.end_index + _MEANS_WINDOW]
            words = {t.lower for t in near}
            if words & carriers or not words & vehicles:
                return kinds
    return [k for k in kinds if k != "hijacking"]


def _tells(tokens: list, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the phrases (each as its words) stands in the tokens."""
    words = [t.lower for t in tokens]
    return any(
        words[i : i + len(phrase)] == list(phrase)
        for phrase in phrases
        for i, word in enumerate(words)
        if word == phrase[0]
    )


def document_weapon_kind(all_facts: list) -> str | None:
    """The one family of explosive weapon a report names anywhere ("dynamite", "car bombs"), if only one."""
    words = {t.lower for f in all_facts for t in f.tokens}
    found = [kind for names, kind in _WEAPON_KINDS if words.intersection(names)]
    return found[0] if len(found) == 1 else None


def _blast_done(facts) -> bool:
    """Whether a sentence tells an explosion done ("a bomb exploded at the bank")."""
    return any(t.kind in _EXPLOSIVE_KINDS and t.stage == "accomplished" for t in facts.live_triggers)


def tells_blast(draft: Draft) -> bool:
    """Whether a draft's own sentences tell an explosion done."""
    return any(_blast_done(f) for f in draft.sentences)


_HELD_KINDS = frozenset({"kidnapping", "hostage_barricade"})  # kinds of events (codes), not words
_CAPTIVES = casualty_words("captive_nouns")


def _told_as_earlier(facts, trigger) -> bool:
    """A kidnapping told in the past perfect ("who had been abducted"), in an aside ("a driver who was
    taken hostage") or as who was killed ("executed the hostages"): not the deed the report is about."""
    if trigger.kind not in _HELD_KINDS or trigger.stage != "accomplished":
        return False
    before = {t.lower for t in facts.tokens[max(0, trigger.start_index - 3) : trigger.start_index]}
    if "had" in before:
        return True
    if before & {"who", "whom"} and before & {"was", "were"}:
        return True  # "a bus driver who was held captive by the attackers": a detail of the attack told
    # "executed six hostages": the hostages are who was killed
    killed_before = any(
        t.kind == "killing" and 0 < trigger.start_index - t.start_index <= 3 for t in facts.live_triggers
    )
    return killed_before and facts.tokens[trigger.start_index].lower in _CAPTIVES


def _lead_deeds(draft: Draft) -> set[str]:
    """The deeds of the draft's first sentence, or, when those do not say how it was done ("wounded in
    an attack"), of the first sentence that does ("he was machinegunned from a moving vehicle")."""
    unsaid = deed_kinds("unsaid")
    first: set[str] | None = None
    for facts in draft.sentences:
        kinds = {t.kind for t in facts.live_triggers if t.stage == "accomplished"}
        first = kinds if first is None else first
        if kinds - unsaid:
            return kinds if first <= unsaid else first
    return first or set()


def _without_campaigns(draft: Draft, done: list[str]) -> list[str]:
    """ "the air force bombings of the hamlets and the murder of two schoolmasters": the uncounted
    plural is the war around the deed, not how it was done; the deed named one at a time types the
    event. A murder or a shooting the draft opens with (``lead`` deeds in taxonomy/event_types.yaml) is not
    typed by explosions its later sentences mention ("witnesses heard explosions while the murder was
    taking place")."""
    plural: set[str] = set()
    single: set[str] = set()
    for facts in draft.sentences:
        for trigger in facts.live_triggers:
            if trigger.stage != "accomplished":
                continue
            if trigger.plural and not facts.counted(trigger):
                plural.add(trigger.kind)
            else:
                single.add(trigger.kind)
    if not single & deed_kinds("single"):
        return done
    campaign = plural - single
    lead = _lead_deeds(draft)
    if lead & deed_kinds("lead") and not lead & _EXPLOSIVE_KINDS:
        campaign |= _EXPLOSIVE_KINDS
    return [k for k in done if k not in campaign] or done


def event_id(article: Article, anchor: int) -> str:
    digest = hashlib.sha256(f"{article.doc_id}\x00{article.content_hash}\x00{anchor}".encode()).hexdigest()
    return "ev-" + digest[:16]


def document_groups(drafts_facts: list) -> list:
    """Named armed groups a document holds responsible anywhere (not as targets), most named first.
    A group named only as a party to talks ("negotiations with the front") is not counted: it is not
    said to have done anything (extract/talk_parties); nor is one that only tells of the deeds, where
    another doer is named."""
    counts: dict[str, list] = {}
    for facts in drafts_facts:
        parties = talk_parties(facts.tokens, facts.actors)
        for i, actor in enumerate(facts.actors):
            armed_group = actor.named and actor.kind in ARMED_GROUP_KINDS and actor.role not in ("target", "denied")
            armed_group = armed_group and i not in parties
            accused_state = actor.kind in STATE_KINDS and actor.role == "perpetrator"  # "accused the army of"
            if armed_group or accused_state:
                # "the Peruvian Shining Path" and "Shining Path" are one group
                counts.setdefault(without_nationality(actor.name), []).append(actor)
    # a group that only tells of the deeds ("the front said the army bombed ...", "the front condemned the
    # murder") did none of them where the report names another doer; with no other doer named, the
    # teller stays (its statements often are half-claims: "the front said the attack was revenge for ...")
    tellers = {name for name, found in counts.items() if all(a.role == "source" for a in found)}
    doers = {name for name, found in counts.items() if any(a.role == "perpetrator" for a in found)}
    if doers - tellers:
        counts = {name: found for name, found in counts.items() if name not in tellers}
    groups = [found[0] for found in sorted(counts.values(), key=len, reverse=True)]
    if counts and not doers and all(a.role is None for found in counts.values() for a in found):
        # "the murder was attributed to the drug mafias" in a report that names its groups only in passing,
        # never as doer, teller or target ("the city, home of the ... cartel"): the milieu the report
        # blames comes first, as analysts code it; with no group named, nothing is lent to the records
        blamed = [
            a
            for facts in drafts_facts
            for a in facts.actors
            if a.role == "perpetrator" and not a.named and a.name.lower() in kept_descriptions()
        ]
        groups = blamed[:1] + groups
    return groups


def build_event(
    article: Article,
    draft: Draft,
    fallback_place: Place | None,
    document_actors: list | None = None,
    document_weapon: str | None = None,
) -> Event:
    evidence_fields: dict[int, set[str]] = defaultdict(set)
    sentences = {f.sentence.index: f for f in draft.sentences}
    # a deed done is typed by what was done: the bombs "found" beside a shooting were not the attack
    done = [t.kind for f in draft.sentences for t in f.live_triggers if t.stage == "accomplished"]
    earlier = {
        (f.sentence.index, t.start_index) for f in draft.sentences for t in f.live_triggers if _told_as_earlier(f, t)
    }
    if earlier and len(earlier) < len(done):
        # "executed four captives that had been held for three weeks": the killing is the news
        done = [
            t.kind
            for f in draft.sentences
            for t in f.live_triggers
            if t.stage == "accomplished" and (f.sentence.index, t.start_index) not in earlier
        ]
    done = _without_campaigns(draft, done)
    tried = {t.kind for f in draft.sentences for t in f.live_triggers if t.stage == "attempted"}
    if set(done) <= {"killing", "attack"} and tried & _EXPLOSIVE_KINDS:
        # "a suicide attack was foiled ..., killing five assailants": the deaths say nothing of how;
        # the attempted bombing is the attack, coded as attempted
        done = []
    kinds = done or draft.kinds or [t.kind for f in draft.sentences for t in f.triggers]
    first = draft.sentences[0].sentence.index
    evidence_fields[first].add("event_type")

    # casualties
    figures: list[tuple[int, CasualtyFigure]] = []
    figure_sentence: dict[int, int] = {}
    for facts in draft.sentences:
        for figure in facts.casualties:
            figures.append((facts.sentence.index, figure))
            figure_sentence[figure.start] = facts.sentence.index
    figures = without_shot_dead(draft.sentences, hurt_among_attacked(draft.sentences, figures))
    figures = named_apart(draft.sentences, without_hurt_who_died(draft.sentences, figures))
    figures = hurt_group_recounts(draft.sentences, figures)
    words = {f.sentence.index: _casualty_words(f.tokens, f.casualties) for f in draft.sentences if f.casualties}
    fatalities, killed_starts = _estimate(figures, "killed", words)
    injuries, wounded_starts = _estimate(figures, "wounded", words)
    kidnapped_estimate, kidnapped_starts = _estimate(figures, "kidnapped", words)
    for starts, name in (
        (killed_starts, "fatalities"),
        (wounded_starts, "injuries"),
        (kidnapped_starts, "kidnapped"),
    ):
        for start in starts:
            evidence_fields[figure_sentence[start]].add(name)

    # actors and targets
    perpetrators: list[Actor] = []
    targets: list[Actor] = []
    target_types: list[str] = []
    candidates = [(a, f.sentence.index) for f in draft.sentences for a in f.actors]
    chosen = _choose_perpetrator(candidates)
    if chosen is not None:
        actor, index = chosen
        perpetrators.append(Actor(actor.name, actor.kind))
        evidence_fields[index].add("perpetrators")
    replaceable = not perpetrators or (
        not chosen[0].named and chosen[0].kind not in STATE_KINDS and chosen[0].name.lower() not in kept_descriptions()
    )
    if document_actors and replaceable:
        # "guerrillas attacked ..." in a report that names the group elsewhere: the group, as analysts code it
        fallback = named_force(document_actors[0], document_actors) or document_actors[0]
        perpetrators = [Actor(fallback.name, fallback.kind)]
    elif document_actors and chosen is not None:
        # "soldiers killed ..." in a report that blames a named force elsewhere: that force
        force = named_force(chosen[0], document_actors)
        if force is not None:
            perpetrators = [Actor(force.name, force.kind)]
    if chosen is not None and perpetrators[0].name == chosen[0].name:
        # "policemen opened fire" told beside "the Peruvian police broke up a strike": the
        # force the event's own sentences name (by name or with its country), as analysts code it
        told = [a for a, _ in candidates if a.role not in ("target", "denied", "source")]
        force = named_force(chosen[0], told)
        if force is not None:
            perpetrators = [Actor(force.name, force.kind)]
    if chosen is not None and perpetrators[0].name == chosen[0].name:
        # "blamed on the army and the police": whoever the text blames with it
        together = partners(chosen[0], sentences[chosen[1]].actors)
        perpetrators += [Actor(a.name, a.kind) for a in together if a.name not in {p.name for p in perpetrators}]
    for facts in draft.sentences:
        for target in facts.targets:
            if target.gtd_type not in target_types:
                target_types.append(target.gtd_type)
                targets.append(Actor(target.name, target.kind))
                evidence_fields[facts.sentence.index].add("targets")
    for side in ("security_forces", "civilians"):
        if getattr(fatalities, side) or getattr(injuries, side, None):
            gtd = _SIDE_TARGET[side]
            if gtd not in target_types and not (side == "security_forces" and "Military" in target_types):
                target_types.append(gtd)
    target_kinds = {t.kind for t in targets}
    kinds = kinds + _kinds_from_weapons(draft, kinds)
    shooting = any(_shooting_words(f.tokens) for f in draft.sentences)
    # an earlier deed told only to date the report's news ("this attack comes a week after a terrorist
    # attack on the power company", resolve/clauses.py) is not the deed the report's weapon was used in
    earlier_only = all(f.placing for f in draft.sentences if f.triggers)
    if document_weapon and set(kinds) <= {"attack"} and not shooting and not earlier_only:
        # "the attack took place at 2100" in a report about a dynamite attack: the report's weapon
        kinds = kinds + [document_weapon]
    # "three farmers were killed and a dozen huts were burned": deaths told beside the burning
    deadly = any(
        any(c.effect == "killed" and c.value > 0 for c in f.casualties) and any(t.kind == "arson" for t in f.triggers)
        for f in draft.sentences
    )
    # "gunmen ambushed a patrol, killing five ... the gunmen set a vehicle on fire": a burning told
    # after a deadly lead is the attack's aftermath too
    if fatalities.best and not any(t.kind == "arson" for t in draft.sentences[0].triggers):
        deadly = True
    # "they shot the driver and then set his truck on fire": people shot come before property burned
    # (GTD's hierarchy puts an armed assault above a facility attack)
    if any(
        t.kind == "armed_assault" and _shooting_words([f.tokens[t.start_index]])
        for f in draft.sentences
        for t in f.live_triggers
        if t.stage == "accomplished"
    ):
        deadly = True
    kinds = _as_ground_assault(draft, kinds)
    kinds = _as_fight(draft, kinds)
    kinds = _without_seized_vehicle(draft, kinds)
    event_type, sub_type, attack_type, main = classify(kinds, target_kinds, deadly=deadly)
    if perpetrators and perpetrators[0].kind in STATE_KINDS and event_type == "Violence against civilians":
        sub_type = "Attack"

    # weapons
    weapon_types: list[str] = []
    for facts in draft.sentences:
        for weapon, _, _ in facts.weapons:
            if weapon not in weapon_types:
                weapon_types.append(weapon)
                evidence_fields[facts.sentence.index].add("weapon_types")
    default_weapon = kind_spec(main).get("weapon")
    if default_weapon and default_weapon not in weapon_types:
        weapon_types.insert(0, default_weapon)
        # "a bomb went off": the deed's own word tells the weapon, so its sentence is the evidence
        told = next((f for f in draft.sentences if any(t.kind == main for t in f.triggers)), None)
        if told is not None:
            evidence_fields[told.sentence.index].add("weapon_types")

    # place and date
    place = draft.place
    near = near_town(draft)
    if near is not None:
        place = near[0]
        evidence_fields[near[1]].add("location")
    elif place is not None and draft.place_sentence is not None:
        evidence_fields[draft.place_sentence].add("location")
    elif fallback_place is not None and not draft.background:
        place = fallback_place
    own_day = deed_day(draft)
    date_sentences = [own_day[1]] if own_day else draft.date_sentences
    for index in date_sentences:
        evidence_fields[index].add("date")

    stages = {t.stage for f in draft.sentences for t in f.live_triggers}
    stage = next((s for s in ("accomplished", "attempted") if s in stages), "threatened" if stages else "attempted")
    event = Event(
        event_id=event_id(article, draft.sentences[0].sentence.start if draft.anchor is None else draft.anchor),
        doc_ids=[article.doc_id],
        event_type=event_type,
        sub_event_type=sub_type,
        attack_type=attack_type,
        target_types=target_types,
        weapon_types=weapon_types,
        date_start=draft.date_start,
        date_end=draft.date_end or draft.date_start,
        date_precision=draft.date_precision if draft.date_start else "unknown",
        location=place,
        perpetrators=perpetrators,
        targets=targets,
        fatalities=fatalities,
        injuries=Casualties(injuries.best, injuries.low, injuries.high, additional=injuries.additional),
        kidnapped=kidnapped_estimate.best,
        stage=stage,
        background=draft.background,
        told_apart=draft.told_apart,
        opens_anew=draft.starts_anew,
        dated_by_statement=own_day is None and not draft.background and dated_by_statement(draft),
        named_only=named_only(draft),
        told_as_reference=own_day is None and told_as_reference(draft),
        kind_unsaid=bool(kinds) and set(kinds) <= _UNSAID_KINDS,
    )
    if own_day is not None:
        event.date_start = event.date_end = own_day[0]
    if draft.background:
        event.date_start = event.date_end = None
        event.date_precision = "unknown"
    event.evidence = [
        Evidence(
            article.doc_id,
            sentences[i].sentence.start,
            sentences[i].sentence.end,
            sentences[i].sentence.text,
            sorted(fields),
        )
        for i, fields in sorted(evidence_fields.items())
        if i in sentences
    ]
    event.summary = write_summary(event)
    event.confidence = _confidence(event, draft)
    return event


def named_force(chosen: ActorMention, document_actors: list[ActorMention]) -> ActorMention | None:
    """The state force a document names and blames, for a deed told of an unnamed one of its kind
    ("military men", "soldiers"): analysts code the force ("Military Forces of El Salvador"). Failing a
    name, a description of that kind told with its country ("the Guatemalan army")."""
    if chosen.named or chosen.kind not in STATE_KINDS:
        return None
    named = next((a for a in document_actors if a.named and a.kind == chosen.kind), None)
    if named is not None or has_nationality(chosen.name):
        return named
    # "the army" in a report that blames "the Guatemalan army" elsewhere: the same force, told with its country
    return next((a for a in document_actors if a.kind == chosen.kind and has_nationality(a.name)), None)


@cache
def kept_descriptions() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("actors/groups.yaml").get("kept_descriptions", []))


def _choose_perpetrator(candidates: list) -> tuple | None:
    def score(item: tuple) -> tuple[int, int, int, int, int, int, int]:
        actor, index = item
        return (
            actor.role == "perpetrator" and (actor.named or actor.kind in STATE_KINDS),
            actor.named and actor.kind in ARMED_GROUP_KINDS,  # a group named beats "armed men"
            actor.role == "perpetrator",
            # "gunmen at the service of the drug mafias": the milieu named says more than the gunmen
            actor.role == "perpetrator" and actor.name.lower() in kept_descriptions(),
            actor.named and actor.kind not in STATE_KINDS,
            actor.kind not in STATE_KINDS and actor.kind not in ("civilians", "protesters"),
            # of two forces blamed alike, the one told with its country ("the Guatemalan army") says more
            actor.kind in STATE_KINDS and has_nationality(actor.name),
        )

    # a group that only tells of the deed ("the front said ...") is its source, not its author
    usable = [
        c for c in candidates if c[0].role not in ("target", "denied", "source") and c[0].kind not in ("civilians",)
    ]
    # a party (a named body of kind "other", bearing no arms) is the doer only where the text blames it
    usable = [c for c in usable if not (c[0].named and c[0].kind == "other" and c[0].role != "perpetrator")]
    if not usable:
        return None
    best = max(usable, key=score)
    if best[0].role != "perpetrator" and not best[0].named and best[0].kind in STATE_KINDS:
        return None
    return best


def _confidence(event: Event, draft: Draft) -> float:
    score = 0.3
    score += 0.15 if event.date_start else 0
    score += 0.15 if event.location and event.location.precision == 1 else 0.05 if event.location else 0
    score += 0.15 if event.fatalities.best is not None or event.injuries.best is not None else 0
    score += 0.1 if event.perpetrators else 0
    score += 0.1 if len(draft.sentences) > 1 else 0
    return min(score, 0.95)
