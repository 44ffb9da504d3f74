"""Scoring a run against gold JSONL shaped like ``../shared/data`` (MUC templates, wiki rows).

The definitions follow the project's reference scorer (``shared/tools/score.py``) exactly, so the
figures printed here are the figures the project is judged by; a test checks they agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from eventwatch.model import VIOLENT_EVENT_TYPES, Article

MUC_TYPES = {
    "ATTACK": {
        "Armed Assault",
        "Assassination",
        "Unarmed Assault",
        "Facility/Infrastructure Attack",
        "Hijacking",
    },
    "BOMBING": {"Bombing/Explosion"},
    "KIDNAPPING": {"Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)"},
    "ARSON": {"Facility/Infrastructure Attack"},
}
_WIKI_TYPE_WORDS = [
    (
        ("bomb", "explosi", "ied", "mine", "grenade", "rocket", "mortar", "shelling", "missile", "blast"),
        {"Bombing/Explosion"},
    ),
    (("kidnap", "abduct"), {"Hostage Taking (Kidnapping)"}),
    (("hostage", "siege"), {"Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)"}),
    (("hijack",), {"Hijacking"}),
    (("arson", "fire"), {"Facility/Infrastructure Attack"}),
    (("assassinat", "execution"), {"Assassination", "Armed Assault"}),
    (
        (
            "shooting",
            "ambush",
            "massacre",
            "raid",
            "stabbing",
            "melee",
            "gunfire",
            "beheading",
            "mass shooting",
        ),
        {"Armed Assault", "Assassination"},
    ),
    (("vehic", "ramming"), {"Armed Assault", "Unarmed Assault"}),
]
_COUNTRY_ALIASES = {
    "northern ireland": "united kingdom",
    "england": "united kingdom",
    "scotland": "united kingdom",
    "wales": "united kingdom",
    "uk": "united kingdom",
    "great britain": "united kingdom",
    "usa": "united states",
    "united states of america": "united states",
    "us": "united states",
    "russian federation": "russia",
    "west germany": "germany",
    "east germany": "germany",
    "ussr": "russia",
    "soviet union": "russia",
    "burma": "myanmar",
    "ivory coast": "cote d'ivoire",
    "democratic republic of the congo": "congo, the democratic republic of the",
    "dr congo": "congo, the democratic republic of the",
    "south korea": "korea, republic of",
    "north korea": "korea, democratic people's republic of",
    "syrian arab republic": "syria",
    "iran, islamic republic of": "iran",
    "viet nam": "vietnam",
    "turkiye": "turkey",
    "czechia": "czech republic",
    "palestine, state of": "palestine",
    "west bank": "palestine",
    "gaza strip": "palestine",
    "gaza": "palestine",
    "state of palestine": "palestine",
}
_ACTOR_STOP = {
    "the",
    "of",
    "and",
    "front",
    "group",
    "army",
    "national",
    "liberation",
    "movement",
    "forces",
    "a",
    "an",
    "in",
    "suspected",
    "unknown",
}


def _norm(value: Any) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    text = re.sub(r"\b(the|city|of|province|region|department|district|oblast|governorate|state)\b", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _country_key(value: Any) -> str:
    n = _norm(value)
    return _norm(_COUNTRY_ALIASES.get(n, n))


def place_match(gold_city: Any, loc: dict | None) -> bool:
    g = _norm(gold_city)
    if not g or not loc:
        return False
    for key in ("name", "admin2", "admin1"):
        p = _norm(loc.get(key))
        if p and (p == g or (len(p) >= 4 and len(g) >= 4 and (p in g or g in p))):
            return True
    return False


def country_match(gold_country: Any, loc: dict | None) -> bool:
    if not loc:
        return False
    g = _country_key(gold_country)
    return bool(g) and g in {_country_key(loc.get("country")), _country_key(loc.get("country_code"))}


def _tokens(value: Any) -> set[str]:
    return {t for t in _norm(value).split() if t not in _ACTOR_STOP and len(t) > 1}


def actor_match(gold: Any, names: list[Any]) -> bool:
    gt = _tokens(gold)
    if not gt:
        return False
    acronym = "".join(w[0] for w in _norm(gold).split() if w not in {"of", "the", "and"})
    for name in names:
        pt = _tokens(name)
        if pt and len(gt & pt) / min(len(gt), len(pt)) >= 0.5:
            return True
        if len(acronym) >= 3 and acronym in _norm(name).split():
            return True
        if any(len(t) >= 3 and t.upper() == t and t.lower() == acronym for t in re.findall(r"[A-Za-z]+", name or "")):
            return True
    return False


def killed_values(event: dict) -> set[int | None]:
    f = event.get("fatalities") or {}
    best, perp = f.get("best"), f.get("perpetrators")
    values = {best}
    if best is not None and perp:
        values.add(best - perp)
    return values


def _wounded(event: dict) -> int | None:
    return (event.get("injuries") or {}).get("best")


def _pct(a: int, b: int) -> float | None:
    return round(100.0 * a / b, 1) if b else None


def _compatible_type(gold_type: str | None, event: dict) -> bool:
    allowed = MUC_TYPES.get(gold_type or "")
    return allowed is None or event.get("attack_type") in allowed


def _achievable(g: dict) -> int:
    return (
        2 * bool(g.get("date"))
        + 2 * bool(g.get("city") or g.get("admin1"))
        + 1
        + (g.get("killed") is not None)
        + bool(g.get("perpetrator"))
    )


def _pair_score(g: dict, event: dict) -> int:
    score = 0
    if g.get("date") and event.get("date_start") == g["date"]:
        score += 2
    loc = event.get("location") or {}
    if g.get("city") and place_match(g["city"], loc):
        score += 2
    elif g.get("admin1") and place_match(g["admin1"], loc):
        score += 1
    if _compatible_type(g.get("attack_type"), event):
        score += 1
    if g.get("killed") is not None and g["killed"] in killed_values(event):
        score += 1
    if g.get("perpetrator") and actor_match(g["perpetrator"], [p.get("name") for p in event.get("perpetrators") or []]):
        score += 1
    return score


def group_by_doc(records: Iterable[dict]) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        if "event_id" not in record:
            continue
        for doc_id in record.get("doc_ids") or []:
            by_doc[doc_id].append(record)
    return by_doc


def score_muc(gold_rows: list[dict], by_doc: dict[str, list[dict]]) -> dict[str, Any]:
    m: dict[str, int] = defaultdict(int)
    for row in gold_rows:
        preds = [e for e in by_doc.get(row["id"], []) if e.get("event_type") in VIOLENT_EVENT_TYPES]
        golds = [g for g in row.get("gold_events") or [] if not g.get("optional")]
        if golds:
            m["rel_docs"] += 1
            m["rel_docs_found"] += bool(preds)
        else:
            m["irrel_docs"] += 1
            m["irrel_docs_false_alarm"] += bool(preds)
        m["pred_events"] += len(preds)
        m["gold_events"] += len(golds)
        used: set[int] = set()
        for g in golds:
            best, best_score = None, min(3, _achievable(g)) - 1
            for i, event in enumerate(preds):
                if i in used:
                    continue
                score = _pair_score(g, event)
                if score > best_score:
                    best, best_score = i, score
            if best is None:
                continue
            used.add(best)
            event = preds[best]
            m["matched"] += 1
            loc = event.get("location") or {}
            for name, ok, applies in (
                (
                    "type",
                    _compatible_type(g.get("attack_type"), event) and event.get("attack_type") is not None,
                    g.get("attack_type") in MUC_TYPES,
                ),
                ("date", event.get("date_start") == g.get("date"), bool(g.get("date"))),
                ("country", country_match(g.get("country"), loc), bool(g.get("country"))),
                ("city", place_match(g.get("city"), loc), bool(g.get("city"))),
                ("killed", g.get("killed") in killed_values(event), g.get("killed") is not None),
                ("wounded", _wounded(event) == g.get("wounded"), g.get("wounded") is not None),
                (
                    "perpetrator",
                    actor_match(g.get("perpetrator"), [p.get("name") for p in event.get("perpetrators") or []]),
                    bool(g.get("perpetrator")),
                ),
            ):
                if applies:
                    m[f"{name}_n"] += 1
                    m[f"{name}_ok"] += bool(ok)
    out: dict[str, Any] = {
        "relevant_doc_recall": _pct(m["rel_docs_found"], m["rel_docs"]),
        "irrelevant_doc_false_alarm": _pct(m["irrel_docs_false_alarm"], m["irrel_docs"]),
        "event_recall": _pct(m["matched"], m["gold_events"]),
        "event_precision": _pct(m["matched"], m["pred_events"]),
    }
    p, r = out["event_precision"] or 0, out["event_recall"] or 0
    out["event_f1"] = round(2 * p * r / (p + r), 1) if p + r else 0.0
    for name in ("type", "date", "country", "city", "killed", "wounded", "perpetrator"):
        out[f"{name}_acc_on_matched"] = _pct(m[f"{name}_ok"], m[f"{name}_n"])
    out["counts"] = dict(m)
    return out


def _wiki_types(raw: str | None) -> set[str]:
    raw = (raw or "").lower()
    allowed: set[str] = set()
    for words, types in _WIKI_TYPE_WORDS:
        if any(w in raw for w in words):
            allowed |= types
    return allowed


def score_wiki(gold_rows: list[dict], by_doc: dict[str, list[dict]]) -> dict[str, Any]:
    m: dict[str, int] = defaultdict(int)
    for row in gold_rows:
        g, mentions = row["gold"], row["text_mentions"]
        preds = [e for e in by_doc.get(row["id"], []) if e.get("event_type") in VIOLENT_EVENT_TYPES]
        m["rows"] += 1
        m["detected"] += bool(preds)
        if not preds:
            preds = [{}]
        event = max(preds, key=lambda x: ((x.get("fatalities") or {}).get("best") or 0, x.get("confidence") or 0))
        loc = event.get("location") or {}
        checks = [
            (
                "killed",
                g["killed"] in killed_values(event) if event else False,
                mentions.get("killed") and g["killed"] is not None and not g.get("killed_lower_bound"),
            ),
            (
                "wounded",
                _wounded(event) == g["wounded"],
                mentions.get("wounded") and g["wounded"] is not None and not g.get("wounded_lower_bound"),
            ),
            ("city", place_match(g["city"], loc), mentions.get("city")),
            ("country", country_match(g["country"], loc), mentions.get("city") or mentions.get("country")),
        ]
        allowed = _wiki_types(g.get("attack_type"))
        checks.append(("type", event.get("attack_type") in allowed, bool(allowed)))
        for name, ok, applies in checks:
            if applies:
                m[f"{name}_n"] += 1
                m[f"{name}_ok"] += bool(ok)
    out: dict[str, Any] = {"detection_recall": _pct(m["detected"], m["rows"])}
    for name in ("killed", "wounded", "city", "country", "type"):
        out[f"{name}_acc"] = _pct(m[f"{name}_ok"], m[f"{name}_n"])
    out["counts"] = dict(m)
    return out


def gold_article(kind: str, row: dict) -> Article:
    """The article a gold row stands for, dated as the project's evaluation rules say."""
    if kind == "muc":
        raw = (row.get("publication") or {}).get("date")
    else:
        raw = (row.get("gold") or {}).get("date")
    published = date.fromisoformat(raw) if raw else None
    return Article(
        doc_id=row["id"],
        text=row["text"],
        published=published,
        published_from="input" if published else None,
        origin=row["id"],
    )


SCORERS = {"muc": score_muc, "wiki": score_wiki}
