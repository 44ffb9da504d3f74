"""A town and the region or country written beside it ("San Carlos, Morazan Department",
"Aktobe, Kazakhstan", "Madagali Nigeria"): the container keeps the town's candidates to those it
holds, and a town the data lacks is kept, placed at its container."""

from __future__ import annotations

from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import LINK
from eventwatch.model import Place


def link(index: Index, text: str, mentions: list[PlaceMention]) -> None:
    """Tie each town or region to the region or country written right after it."""
    idx = index
    for n in range(len(mentions) - 2, -1, -1):
        m, q = mentions[n], mentions[n + 1]
        if m.kind not in ("place", "admin1") or q.kind not in ("admin1", "country"):
            continue
        if not LINK.match(text[m.end : q.start]):
            continue
        m.qualifier = n + 1
        if q.kind == "country":
            fits = [i for i in m.ids if idx.cc_of(i) == q.country_code]
        elif q.ids:
            regions = set(q.ids)
            fits = [i for i in m.ids if idx.admin1_of(i) in regions]
        else:
            # a province the data lacks ("Balbalan, Kalinga province"): the town in its country
            fits = [i for i in m.ids if q.candidates and idx.cc_of(i) == q.candidates[0].country_code]
        if text[m.end : q.start] == " " and (not fits or text[m.start : q.end].isupper()):
            continue  # only a town and its container are written side by side ("Madagali Nigeria")
        if fits:
            m.ids = fits
            ccs = {idx.cc_of(i) for i in fits}
            m.country_code = ccs.pop() if len(ccs) == 1 else None
            continue
        # the town is missing from the data: keep it, placed at its region or country
        anchor = q.candidates[0] if q.candidates else idx.place(q.ids[0]) if q.ids else None
        if anchor is None:
            continue
        name = m.text.title() if m.text.isupper() else m.text
        m.ids = []
        m.kind = "place"
        m.country_code = anchor.country_code
        m.candidates = [
            Place(
                name=name,
                country=anchor.country,
                country_code=anchor.country_code,
                admin1=anchor.admin1,
                lat=anchor.lat,
                lon=anchor.lon,
                precision=2 if anchor.feature == "admin1" else 3,
                feature="place",
            )
        ]
