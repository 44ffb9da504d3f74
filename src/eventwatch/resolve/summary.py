"""One plain sentence per event, written from its fields."""

from __future__ import annotations

from eventwatch.model import Event

_VERBS = {
    "Hostage Taking (Kidnapping)": "kidnapping",
    "Hostage Taking (Barricade Incident)": "hostage-taking",
    "Bombing/Explosion": "bombing",
    "Hijacking": "hijacking",
    "Assassination": "killing",
    "Facility/Infrastructure Attack": "attack on a facility",
    "Armed Assault": "armed attack",
}


# a deed that did not happen as told is named with its stage: "a threatened killing", "an attempted bombing"
_STAGES = {"attempted": "attempted", "threatened": "threatened"}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def write_summary(event: Event) -> str:
    what = _VERBS.get(event.attack_type or "", event.sub_event_type.lower() or "event")
    if event.event_type == "Battles":
        what = "armed clash"
    if event.stage in _STAGES:
        what = f"{_STAGES[event.stage]} {what}"
    who = event.perpetrators[0].name if event.perpetrators else None
    parts = [f"{'An' if what[0] in 'aeiou' else 'A'} {what}"]
    if who:
        parts.append(f"by {who}")
    if event.targets:
        parts.append(f"targeting {event.targets[0].name}")
    if event.location:
        parts.append(
            f"in {event.location.name}"
            + (
                f", {event.location.country}"
                if event.location.country and event.location.country != event.location.name
                else ""
            )
        )
    if event.date_start:
        parts.append(f"on {event.date_start.isoformat()}")
        if event.date_end and event.date_end != event.date_start:
            parts[-1] += f" to {event.date_end.isoformat()}"
    effects = []
    if event.fatalities.best is not None:
        text = _count(event.fatalities.best, "person killed", "people killed")
        if event.fatalities.best == 0:
            text = "no one killed"
        if event.fatalities.perpetrators:
            text += f" (including {_count(event.fatalities.perpetrators, 'attacker', 'attackers')})"
        effects.append(text)
    if event.injuries.best is not None:
        effects.append("no one wounded" if event.injuries.best == 0 else f"{event.injuries.best} wounded")
    if event.kidnapped:
        effects.append(f"{event.kidnapped} kidnapped")
    sentence = " ".join(parts)
    if effects:
        sentence += ", with " + " and ".join(effects)
    return sentence + "."
