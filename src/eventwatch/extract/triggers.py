"""Event words ("bombing", "opened fire", "kidnapped") and the stage they are reported in."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from eventwatch.extract.crime_tally import tallied_crimes
from eventwatch.extract.fired_rounds import fired_rounds
from eventwatch.extract.held_captive import held_captive
from eventwatch.extract.judged import judged_only, names_its_object
from eventwatch.extract.led_away import led_away
from eventwatch.extract.phrases import PhraseTable, phrase_key
from eventwatch.extract.seized_people import SEIZE_WORDS, harmed_after, seized_people, seizes_people
from eventwatch.extract.site_seized import names_hostages, site_seizures
from eventwatch.extract.trigger_senses import keeps_new_kind, kind_by_doer, kind_by_object
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    start: int
    end: int
    text: str
    start_index: int
    end_index: int
    plural: bool
    stage: str  # accomplished | attempted | threatened | intended | negated
    # a deed someone openly threatened to do ("the cartel threatened to kill 10 judges"): a threat
    # reported as news, which incident records code at the threatened stage
    told_threat: bool = False


@cache
def _table() -> PhraseTable[tuple[str, bool]]:
    lexicon = load_yaml("extract/triggers_en.yaml")["kinds"]
    entries: list[tuple[str, tuple[str, bool]]] = []
    for kind, spec in lexicon.items():
        entries += [(w, (kind, False)) for w in spec.get("words", [])]
        entries += [(w, (kind, True)) for w in spec.get("plural", [])]
    return PhraseTable(entries)


@cache
def _blocks() -> tuple[dict[str, set[tuple[str, ...]]], dict[str, set[tuple[str, ...]]]]:
    data = load_yaml("extract/triggers_en.yaml")
    before = {k: {phrase_key(p) for p in v} for k, v in (data.get("blocked_before") or {}).items()}
    after = {k: {phrase_key(p) for p in v} for k, v in (data.get("blocked_after") or {}).items()}
    return before, after


def _blocked_before(tokens: list[Token], index: int, phrases: set[tuple[str, ...]]) -> bool:
    """Whether the words right before ``index`` are one of ``phrases`` ("heart attack", "state of siege")."""
    for phrase in phrases:
        n = len(phrase)
        if n <= index and tuple(t.lower for t in tokens[index - n : index]) == phrase:
            return True
    return False


@cache
def _coordinated_heads() -> frozenset[str]:
    return frozenset(load_yaml("extract/triggers_en.yaml").get("coordinated_heads") or ())


def _coordinated_head(tokens: list[Token], end: int, phrases: set[tuple[str, ...]]) -> bool:
    """Whether "and"/"or" and up to three more words after the event word end in a head it is
    blocked before ("kidnapping and drug trafficking cases" as "kidnapping cases"): the head
    governs every noun in the pair. Stops at punctuation, so a separate clause does not count."""
    if end >= len(tokens) or tokens[end].lower not in ("and", "or"):
        return False
    heads = _coordinated_heads()
    for k in range(end + 1, min(end + 5, len(tokens))):
        word = tokens[k].lower
        if not word[:1].isalnum():
            return False
        if word in heads and (word,) in phrases:
            return True
    return False


@cache
def _stage_words() -> dict[str, frozenset]:
    data = load_yaml("extract/stages_en.yaml")
    words = {key: frozenset(data[key]) for key in ("attempted", "threatened", "negated", "foreseen_try", "trying")}
    words["attempted_after"] = frozenset(tuple(p.split()) for p in data["attempted_after"])
    return words


# "used explosives to attack": verbs of the means of a done deed, not of a purpose (stages_en.yaml)
_MEANS = frozenset(load_yaml("extract/stages_en.yaml")["means"])


@cache
def _asides() -> frozenset[str]:
    return frozenset(load_yaml("extract/stages_en.yaml")["modal_asides"])


def _stage_word(tokens: list[Token], k: int) -> str:
    """A token as a stage cue; "May" beside a number is the month and "No 2" a number, not modals;
    "as you will recall" is an aside to the reader, not a future."""
    word = tokens[k].lower
    if word in ("will", "may", "might", "could") and k + 1 < len(tokens) and tokens[k + 1].lower in _asides():
        return ""
    if word in ("may", "no"):
        beside = [tokens[j].text for j in (k - 1, k + 1) if 0 <= j < len(tokens)]
        if any(t[:1].isdigit() or t == "." for t in beside[-1:] if word == "no") or (
            word == "may" and any(t[:1].isdigit() for t in beside)
        ):
            return ""
    if word in SEIZE_WORDS and seizes_people(tokens, k):
        return ""  # "seized the mayor and shot him": people taken, not arms found before their use
    return word


@cache
def _purpose_of() -> frozenset[str]:
    return frozenset(load_yaml("extract/stages_en.yaml")["purpose_of"])


@cache
def _light_verbs() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/stages_en.yaml")
    return frozenset(data["light_verbs"]), frozenset(data["light_fillers"])


def _purpose_before(window: list[str]) -> list[str]:
    """ "to launch an assault", "to carry out a terrorist attack": the words before the light verb
    stand for it, so "to" right before them marks a purpose as it does before "to attack"."""
    verbs, fillers = _light_verbs()
    k = len(window)
    while k > 0 and window[k - 1] in fillers:
        k -= 1
    if k < len(window) and k > 0 and window[k - 1] in verbs:
        k -= 1
        if k > 0 and window[k - 1] in verbs:  # "carry out"
            k -= 1
        return window[:k]
    return window


@cache
def _not_purpose() -> frozenset[str]:
    """Words before "to" that make no purpose of it: "due to", "according to", and verbs of a deed
    begun ("started to attack", "began to shell"), which tell it happening."""
    return frozenset(load_yaml("extract/stages_en.yaml")["to_not_purpose"])


def _own_clause(window: list[str], tokens: list[Token], start: int) -> list[str]:
    """The part of ``window`` in the event word's own clause, when the event word is a finite verb:
    in "despite the threats, the rebels killed two" and "the rebels who threatened the mayor
    killed two" the threat is told apart from the killing ("threatened to kill" keeps its "to")."""
    if "to" in window[-3:]:
        return window
    comma = max((k for k, w in enumerate(window) if w in (",", ";", ":")), default=-1)
    window = window[comma + 1 :]
    # a relative clause between the subject and its verb in the past ("who threatened the mayor
    # killed") is told apart: what it says is dropped; but an event word inside the clause ("who
    # accused the army of bombing", "who is charged with murder") keeps the clause's cues
    relative = next((k for k, w in enumerate(window) if w in ("who", "which")), None)
    if relative is None or relative == len(window) - 1 or not past_verb(tokens[start].lower):
        return window
    return window[:relative]


@cache
def irregular_past() -> frozenset[str]:
    """Irregular past forms that tell a deed as "-ed" verbs do ("set", "blew", "shot")."""
    return frozenset(load_yaml("extract/stages_en.yaml")["irregular_past"])


def past_verb(word: str) -> bool:
    """Whether a lower-case word reads as a verb in the past ("killed", "shot")."""
    return word.endswith("ed") or word in irregular_past()


_TRY_REACH = 2  # words from a word of intent to the word of trying ("plan to attempt")


def _foreseen_try(window: list[str], k: int) -> bool:
    """Whether the word of trying at ``k`` of ``window`` follows a word that tells it only as intended
    or foreseen ("will attempt", "might try", "plan to attempt"; ``foreseen_try`` of stages_en.yaml)."""
    words = _stage_words()
    return window[k] in words["trying"] and any(w in words["foreseen_try"] for w in window[max(0, k - _TRY_REACH) : k])


def done_after_all(tokens: list[Token], end: int) -> bool:
    """ "The rebels had promised they would not plant car bombs, but they planted one on Friday": the
    negation ends at "but", and a past verb whose object takes the deed back ("one", "it") tells the
    deed done."""
    data = load_yaml("extract/stages_en.yaml")["done_after_all"]
    window = [t.lower for t in tokens[end : end + data["reach"]]]
    if "but" not in window:
        return False
    after = window[window.index("but") + 1 :]
    return any(
        past_verb(word) and k + 1 < len(after) and after[k + 1] in data["taken_back"]
        for k, word in enumerate(after[:4])
    )


def _stage(tokens: list[Token], start: int, end: int, kind: str = "") -> str:
    words = _stage_words()
    window = [_stage_word(tokens, k) for k in range(max(0, start - 6), start)]
    near = window[-3:]
    if any(w in words["negated"] for w in near) and not done_after_all(tokens, end):
        return "negated"
    if tallied_crimes(tokens, start):
        # "responsible for seven other murders": a tally of someone's crimes, held against them as a
        # bare "charged with murder" is, so no deed told as news
        return "threatened"
    tries = [k for k, w in enumerate(window) if w in words["attempted"]]
    if tries:
        # "will attempt to attack", "might try to kidnap him": a try only foreseen is no deed tried
        return "threatened" if _foreseen_try(window, tries[-1]) else "attempted"
    if start >= 2 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _purpose_of():
        return "intended"  # "had the mission of assassinating the president"
    cues = [w for w in _own_clause(window, tokens, start) if w in words["threatened"]]
    if cues and not (judged_only(cues) and names_its_object(tokens, end)):
        return "threatened"
    # (a protest "staged" to follow is a plan as well, but a protest stays a protest in grouping)
    purpose = (window if kind == "protest" else _purpose_before(window))[-3:]
    if purpose and purpose[-1] == "to" and (len(purpose) < 2 or purpose[-2] not in _not_purpose()):
        # "used explosives to attack": the means of a done deed, not a purpose
        means = [k for k, w in enumerate(window) if w in _MEANS]
        if not means or {"was", "were", "is", "are", "be", "been"} & set(window[max(0, means[0] - 2) : means[0]]):
            return "intended"
    after = tuple(t.lower for t in tokens[end : end + 2])
    if after in words["attempted_after"]:
        return "attempted"
    return "accomplished"


@cache
def _threats() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    data = load_yaml("extract/stages_en.yaml")["told_threats"]
    return frozenset(data["verbs"]), frozenset(data["between"]), frozenset(data["kinds"]), int(data["gap"])


@cache
def _pledges() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("extract/stages_en.yaml")["told_threats"]["pledge"]
    return frozenset(data["subjects"]), frozenset(data["modals"]), frozenset(data["between"])


def _pledged(tokens: list[Token], start: int) -> bool:
    """ "We will stop and blow up the buses": a deed the speakers pledge in their own name, as a
    group's communique does, is a threat made as much as "threatened to blow up" is; "we will not"
    is read as negated before this is asked."""
    subjects, modals, between = _pledges()
    k = start - 1
    while k >= 0 and tokens[k].lower in between:
        k -= 1
    if k >= 2 and tokens[k].lower == "and" and tokens[k - 1].lower.isalpha():
        k -= 2  # a verb joined before the deed word ("stop and blow up")
        while k >= 0 and tokens[k].lower in between:
            k -= 1
    return k >= 1 and tokens[k].lower in modals and tokens[k - 1].lower in subjects


def _told_threat(tokens: list[Token], start: int, kind: str) -> bool:
    """ "The cartel has threatened to kill 10 judges", "threatened publicly to blow up the hotel",
    "threatened on Monday in a communique to kill": a deed the verb of threatening takes as its
    infinitive, with only a manner, a time or the means between them; a threat made, not talk of threats."""
    verbs, between, kinds, gap = _threats()
    if kind in kinds and _pledged(tokens, start):
        return True
    if kind not in kinds or start < 2 or tokens[start - 1].lower != "to":
        return False
    for k in range(start - 2, max(-1, start - 3 - gap), -1):
        word = tokens[k].lower
        if word in verbs:
            return True
        if word not in between and not word.isdigit():
            return False
    return False


_CAPTIVE_KINDS = frozenset({"kidnapping", "hostage_barricade"})


def _led_captive(tokens: list[Token], found: list[Trigger], changed: list[tuple[int, str]]) -> None:
    """Add a kidnapping for people led off by force ("marched the passengers into the bush"), in place
    of a protest read from the same march word; led off by the police, they are arrested instead
    (read from the doer, as for seizing)."""
    led = led_away(tokens) if not any(t.kind == "arrest" for t in found) else None
    if led is None:
        return
    k, end = led
    # a march word leading people off is no demonstration ("marched the eleven passengers into the bush")
    keep = [i for i, t in enumerate(found) if not (t.kind == "protest" and t.start_index == k)]
    if len(keep) < len(found):
        moved = {old: new for new, old in enumerate(keep)}
        changed[:] = [(moved[i], kind) for i, kind in changed if i in moved]
        found[:] = [found[i] for i in keep]
    kind = kind_by_doer(tokens, k, k + 1, "kidnapping")
    if kind != "kidnapping":
        changed.append((len(found), "kidnapping"))
    found.append(_span_trigger(tokens, kind, k, end, _stage(tokens, k, k + 1, kind)))


def _span_trigger(tokens: list[Token], kind: str, start: int, end: int, stage: str) -> Trigger:
    """A trigger over ``tokens[start:end]`` found by a reader beside the lexicon (a singular one)."""
    text = " ".join(t.text for t in tokens[start:end])
    return Trigger(kind, tokens[start].start, tokens[end - 1].end, text, start, end, False, stage)


def find_triggers(tokens: list[Token]) -> list[Trigger]:
    """Event words in a sentence's tokens, longest match first, with their reported stage."""
    before, after = _blocks()
    found: list[Trigger] = []
    changed: list[tuple[int, str]] = []  # (position in found, kind before its doer was read)
    for match in _table().find_all(tokens):
        kind, plural = match.payload
        first = tokens[match.start_index].lower
        if _blocked_before(tokens, match.start_index, before.get(first, set())):
            continue
        following = tuple(t.lower for t in tokens[match.end_index : match.end_index + 3])
        last = tokens[match.end_index - 1].lower
        if any(following[: len(p)] == p for p in after.get(last, ())):
            continue
        if _coordinated_head(tokens, match.end_index, after.get(last, set())):
            continue
        kind = kind_by_object(tokens, match.start_index, match.end_index, kind)
        by_doer = kind_by_doer(tokens, match.start_index, match.end_index, kind)
        if by_doer != kind:
            changed.append((len(found), kind))
            kind = by_doer
        found.append(
            Trigger(
                kind=kind,
                start=match.start,
                end=match.end,
                text=" ".join(t.text for t in tokens[match.start_index : match.end_index]),
                start_index=match.start_index,
                end_index=match.end_index,
                plural=plural,
                stage=_stage(tokens, match.start_index, match.end_index, kind),
            )
        )
        if found[-1].stage == "threatened" and _told_threat(tokens, match.start_index, kind):
            found[-1] = replace(found[-1], told_threat=True)
    for kind, start, end in fired_rounds(tokens):
        # "fired seven shots at him": the count inside the phrase hides it from the lexicon
        if not any(t.start_index < end and start < t.end_index for t in found):
            found.append(_span_trigger(tokens, kind, start, end, _stage(tokens, start, end, kind)))
    held = held_captive(tokens) if not any(t.kind in _CAPTIVE_KINDS for t in found) else None
    if held is not None:
        start, end = held
        stage = _stage(tokens, start - 1, end, "kidnapping")  # read from its auxiliary, as one verb
        # "held by the police since Monday": detained, not abducted (the one-word span of held_since)
        kind = kind_by_doer(tokens, start, end, "kidnapping")
        if kind != "kidnapping":
            changed.append((len(found), "kidnapping"))
        found.append(_span_trigger(tokens, kind, start, end, stage))
    if not any(t.kind in _CAPTIVE_KINDS for t in found):
        seized = seized_people(tokens)
        if seized is not None and not harmed_after(tokens, seized[0], [(t.kind, t.end_index) for t in found]):
            k = seized[0]
            kind = kind_by_doer(tokens, k, k + 1, "kidnapping")  # seized by the police: arrested
            if kind != "kidnapping":
                changed.append((len(found), "kidnapping"))
            found.append(_span_trigger(tokens, kind, k, k + 1, _stage(tokens, k, k + 1, kind)))
    if not any(t.kind in _CAPTIVE_KINDS for t in found):
        _led_captive(tokens, found, changed)
    if changed:
        others = {t.kind for k, t in enumerate(found) if k not in {i for i, _ in changed}}
        for i, old in changed:
            if i < len(found) and not keeps_new_kind(found[i].kind, others):
                found[i] = replace(found[i], kind=old)
    _siege(tokens, found)
    return found


def _siege(tokens: list[Token], found: list[Trigger]) -> None:
    """A place stormed or occupied in a sentence whose kidnapping words name hostages: the verb and
    the hostage words are one barricade incident (extract/site_seized.py), which deaths told with it
    do not turn into an armed assault."""
    hostages = [i for i, t in enumerate(found) if t.kind == "kidnapping" and names_hostages(t.text)]
    if not hostages:
        return
    spans = site_seizures(tokens)
    if not spans:
        return
    for i in hostages:
        found[i] = replace(found[i], kind="hostage_barricade")
    for start, end in spans:
        at = next((i for i, t in enumerate(found) if t.start_index <= start < t.end_index), None)
        if at is not None:
            if found[at].kind in ("armed_assault", "attack"):
                found[at] = replace(found[at], kind="hostage_barricade")
            continue
        stage = _stage(tokens, start, end, "hostage_barricade")
        found.append(_span_trigger(tokens, "hostage_barricade", start, end, stage))
