"""Event grouping: in a report that tells deaths without a day, a deed of another kind told with a day
of its own that only hurt people ("On 4 May gunmen bombed the mayor's house, wounding two") is another
incident, not that report's event dated at last. Sentences and places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent_events


def test_a_dated_bombing_that_hurt_people_is_not_the_undated_killing() -> None:
    text = (
        "   VALDORA, 20 MAY 90 -- [TEXT] THREE FARMERS HAVE BEEN KILLED BY SOLDIERS NEAR VALDORA, "
        "THE FARMERS' UNION REPORTED.\n\n"
        "   THE UNION CONDEMNED THE MURDER AND SAID THE DEATH SQUADS ARE STILL ACTIVE.\n\n"
        "   ON 4 MAY, MASKED MEN THREW A BOMB INTO THE UNION LEADER'S GARAGE IN VALDORA, WOUNDING "
        "HIS TWO SONS."
    )
    events = violent_events(text, date(1990, 5, 20))
    bombing = [e for e in events if e.attack_type == "Bombing/Explosion"]
    assert len(bombing) == 1 and bombing[0].date_start == date(1990, 5, 4)
    assert bombing[0].fatalities.best is None
    killing = [e for e in events if e.fatalities.best == 3]
    assert len(killing) == 1 and killing[0].attack_type != "Bombing/Explosion"
