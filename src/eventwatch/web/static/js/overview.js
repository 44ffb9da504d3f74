// The overview: one filter bar (mirrored in the URL, so a view can be shared) drives the map,
// the timeline, the country list, the sortable paged table and the export link.
import {FILTER_KEYS, actorNames, api, el, formatNumber, notify, placeName, plural, showUser} from "./api.js";
import {EventMap} from "./map.js";
import {autoInterval, drawTimeline, periodEnd} from "./timeline.js";

// markers at most: the largest events by fatalities in the filter (and, once zoomed, the view).
// One page of the API: a second would double what the overview waits for on a large database.
const MAP_LIMIT = 500;
const MAP_PAGE = 500;       // the API's largest page
const DEFAULTS = {sort: "date", order: "desc", page: "1", per_page: "50", by: ""};

const form = document.getElementById("filters");
const mapElement = document.getElementById("map");
const eventMap = new EventMap(mapElement, mapElement.dataset.bordersUrl);
let state = readState();
let mapComplete = false;    // the last map query returned every matching event
let generation = 0;         // answers to superseded queries are dropped

function readState() {
  const params = new URLSearchParams(location.search);
  const next = {filters: {}};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) next.filters[key] = value;
  }
  for (const [key, fallback] of Object.entries(DEFAULTS)) next[key] = params.get(key) || fallback;
  return next;
}

function filterParams(extra = {}) {
  const params = new URLSearchParams(state.filters);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}

function writeUrl() {
  const params = filterParams();
  for (const [key, fallback] of Object.entries(DEFAULTS)) {
    if (state[key] !== fallback) params.set(key, state[key]);
  }
  const query = params.toString();
  history.pushState(null, "", query ? `/?${query}` : "/");
}

function fillForm() {
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key);
    if (input) input.value = state.filters[key] || "";
  }
  document.getElementById("map-limit").checked = Boolean(state.filters.bbox);
  document.getElementById("timeline-by").value = state.by;
  document.getElementById("per-page").value = state.per_page;
}

function readForm() {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key);
    const value = input ? input.value.trim() : "";
    if (value) filters[key] = value;
  }
  return filters;
}

function busy(element, on) {
  element.setAttribute("aria-busy", on ? "true" : "false");
}

// -- table -----------------------------------------------------------------------------------

// a deed only tried or threatened is marked where it is listed; a deed done needs no mark
function stageBadge(stage) {
  return stage && stage !== "accomplished" ? el("span", {class: `badge badge-stage badge-${stage}`}, stage) : null;
}

function statusBadge(status) {
  return el("span", {class: `badge badge-${status || "auto"}`}, status || "auto");
}

function eventRow(event) {
  const href = `/events/${encodeURIComponent(event.event_id)}`;
  const killed = event.fatalities ? event.fatalities.best : null;
  const injured = event.injuries ? event.injuries.best : null;
  return el("tr", {dataset: {eventId: event.event_id}},
    el("td", {class: "nowrap"}, el("a", {href}, event.date_start || "undated")),
    el("td", {}, event.event_type || "–", event.sub_event_type ? el("div", {class: "muted small"}, event.sub_event_type) : null,
      stageBadge(event.stage)),
    el("td", {}, placeName(event.location) || "–"),
    el("td", {class: "num"}, formatNumber(killed)),
    el("td", {class: "num"}, formatNumber(injured)),
    el("td", {}, actorNames(event.perpetrators) || "–"),
    el("td", {class: "summary"}, event.summary || ""),
    el("td", {}, statusBadge(event.status)),
    el("td", {class: "num"}, formatNumber(event.sources)));
}

async function loadTable(token) {
  const table = document.getElementById("events-table");
  busy(table, true);
  const params = filterParams({sort: state.sort, order: state.order, page: state.page, per_page: state.per_page});
  const answer = await api(`/api/events?${params}`);
  if (token !== generation) return;
  const body = table.tBodies[0];
  body.replaceChildren(...answer.events.map(eventRow));
  if (!answer.events.length) {
    body.append(el("tr", {}, el("td", {colspan: 9, class: "muted"}, "No events match the filter.")));
  }
  const pages = Math.max(1, Math.ceil(answer.total / answer.per_page));
  document.getElementById("table-count").textContent = plural(answer.total, "event");
  document.getElementById("page-info").textContent = `page ${answer.page} of ${formatNumber(pages)}`;
  document.getElementById("page-prev").disabled = answer.page <= 1;
  document.getElementById("page-next").disabled = answer.page >= pages;
  for (const header of table.querySelectorAll("th[data-sort]")) {
    const active = header.dataset.sort === state.sort;
    header.setAttribute("aria-sort", active ? (state.order === "asc" ? "ascending" : "descending") : "none");
  }
  busy(table, false);
}

// -- timeline and places ---------------------------------------------------------------------

async function loadTimeline(token) {
  const box = document.getElementById("timeline");
  busy(box, true);
  let by = state.by;
  let answer = await api(`/api/aggregates?${filterParams({by: by || "month"})}`);
  if (!by) {
    by = autoInterval(answer.buckets);
    if (by !== "month") answer = await api(`/api/aggregates?${filterParams({by})}`);
  }
  if (token !== generation) return;
  const events = answer.buckets.reduce((sum, bucket) => sum + bucket.events, 0);
  const fatalities = answer.buckets.reduce((sum, bucket) => sum + (bucket.fatalities || 0), 0);
  document.getElementById("totals").textContent =
    `${plural(events, "dated event")} · ${formatNumber(fatalities)} killed · by ${by}`;
  drawTimeline(box, answer.buckets, by, (key) => {
    form.elements.namedItem("since").value = key;
    form.elements.namedItem("until").value = periodEnd(key, by);
    applyFilters();
  });
  box.dataset.by = by;
  busy(box, false);
}

async function loadCountries(token) {
  const answer = await api(`/api/aggregates?${filterParams({by: "country"})}`);
  if (token !== generation) return;
  const list = document.getElementById("countries");
  list.replaceChildren(...answer.buckets.slice(0, 8).map((bucket) => {
    const pick = el("button", {type: "button", class: "link-button"}, bucket.key || "unknown");
    pick.addEventListener("click", () => {
      form.elements.namedItem("country").value = bucket.key || "";
      applyFilters();
    });
    return el("li", {}, pick, el("span", {class: "muted"},
      ` ${plural(bucket.events, "event")}, ${formatNumber(bucket.fatalities)} killed`));
  }));
}

// -- map -------------------------------------------------------------------------------------

async function loadMap(token, {fit = false, view = false} = {}) {
  busy(mapElement, true);
  const extra = {sort: "fatalities", order: "desc", per_page: String(MAP_PAGE)};
  if (view && !state.filters.bbox) extra.bbox = eventMap.viewBbox();
  const first = await api(`/api/events?${filterParams({...extra, page: "1"})}`);
  let events = first.events;
  if (first.total > MAP_PAGE) {
    const pages = Math.min(Math.ceil(first.total / MAP_PAGE), MAP_LIMIT / MAP_PAGE);
    const rest = [];
    for (let page = 2; page <= pages; page += 1) rest.push(api(`/api/events?${filterParams({...extra, page: String(page)})}`));
    for (const answer of await Promise.all(rest)) events = events.concat(answer.events);
  }
  if (token !== generation) return;
  await eventMap.bordersReady;
  const shown = eventMap.show(events, {fit});
  if (!view) mapComplete = first.total <= events.length;
  const note = document.getElementById("map-note");
  note.textContent = first.total > events.length
    ? `${formatNumber(shown)} largest of ${formatNumber(first.total)} events shown; zoom in or filter for more`
    : plural(shown, "located event");
  busy(mapElement, false);
}

// -- wiring ----------------------------------------------------------------------------------

function exportLink() {
  const format = document.getElementById("export-format").value;
  document.getElementById("export-link").href = `/api/export?${filterParams({format})}`;
}

async function run(label, job) {
  try {
    await job;
  } catch (failure) {
    if (failure.status !== 401) notify(`${label}: ${failure.message}`, "error");
  }
}

function refresh({fit = true} = {}) {
  generation += 1;
  const token = generation;
  exportLink();
  return Promise.all([
    run("events", loadTable(token)), run("timeline", loadTimeline(token)),
    run("countries", loadCountries(token)), run("map", loadMap(token, {fit})),
  ]);
}

function applyFilters() {
  state.filters = readForm();
  state.page = "1";
  writeUrl();
  refresh();
}

form.addEventListener("submit", (submitEvent) => {
  submitEvent.preventDefault();
  applyFilters();
});

document.getElementById("filters-reset").addEventListener("click", () => {
  for (const key of FILTER_KEYS) {
    const input = form.elements.namedItem(key);
    if (input) input.value = "";
  }
  document.getElementById("map-limit").checked = false;
  applyFilters();
});

document.getElementById("map-limit").addEventListener("change", (changeEvent) => {
  form.elements.namedItem("bbox").value = changeEvent.target.checked ? eventMap.viewBbox() : "";
  state.filters = readForm();
  state.page = "1";
  writeUrl();
  refresh({fit: false});
});

for (const header of document.querySelectorAll("#events-table th[data-sort]")) {
  header.querySelector("button").addEventListener("click", () => {
    const field = header.dataset.sort;
    state.order = state.sort === field && state.order === "desc" ? "asc" : "desc";
    state.sort = field;
    state.page = "1";
    writeUrl();
    generation += 1;
    run("events", loadTable(generation));
  });
}

function turnPage(step) {
  state.page = String(Math.max(1, Number(state.page) + step));
  writeUrl();
  generation += 1;
  run("events", loadTable(generation)).then(() => document.getElementById("table-title").scrollIntoView());
}

document.getElementById("page-prev").addEventListener("click", () => turnPage(-1));
document.getElementById("page-next").addEventListener("click", () => turnPage(1));
document.getElementById("per-page").addEventListener("change", (changeEvent) => {
  state.per_page = changeEvent.target.value;
  state.page = "1";
  writeUrl();
  generation += 1;
  run("events", loadTable(generation));
});
document.getElementById("timeline-by").addEventListener("change", (changeEvent) => {
  state.by = changeEvent.target.value;
  writeUrl();
  generation += 1;
  run("timeline", loadTimeline(generation));
});
document.getElementById("export-format").addEventListener("change", exportLink);

let moveTimer = null;
eventMap.map.on("moveend", () => {
  if (eventMap.programmaticMove || mapComplete) return;
  clearTimeout(moveTimer);
  moveTimer = setTimeout(() => run("map", loadMap(generation, {view: true})), 300);
});

window.addEventListener("popstate", () => {
  state = readState();
  fillForm();
  refresh();
});

let resizeTimer = null;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => run("timeline", loadTimeline(generation)), 250);
});

fillForm();
showUser();
eventMap.bordersReady.catch((failure) => notify(`map: ${failure.message}`, "error"));
refresh().then(() => document.body.setAttribute("data-ready", "overview"));
