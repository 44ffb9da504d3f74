// The timeline: events per period as bars, fatalities as a line (own scale on the right), drawn
// as SVG. Keyboard: Tab into the chart, arrow keys move between periods, Enter filters to one.

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 170;
const MARGIN = {top: 12, right: 40, bottom: 24, left: 40};
const MAX_FILLED = 3000;  // beyond this many periods, empty ones are not drawn in

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function parseDay(key) {
  const [year, month, day] = key.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day || 1));
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** The first day of the period after the one starting on `key`. */
export function nextPeriod(key, by) {
  const date = parseDay(key);
  if (by === "month") date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (by === "week" ? 7 : 1));
  return isoDay(date);
}

/** The last day of the period starting on `key` (for an `until` filter, which is inclusive). */
export function periodEnd(key, by) {
  const date = parseDay(nextPeriod(key, by));
  date.setUTCDate(date.getUTCDate() - 1);
  return isoDay(date);
}

export function periodLabel(key, by) {
  if (by === "month") return parseDay(key).toLocaleDateString("en", {month: "short", year: "numeric", timeZone: "UTC"});
  const day = parseDay(key).toLocaleDateString("en", {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});
  return by === "week" ? `week of ${day}` : day;
}

/** Every period from the first to the last bucket, empty ones with zero counts: time is to scale. */
function fillGaps(buckets, by) {
  const dated = buckets.filter((bucket) => /^\d{4}-\d{2}-\d{2}/.test(bucket.key));
  if (dated.length < 2) return dated;
  const byKey = new Map(dated.map((bucket) => [bucket.key.slice(0, 10), bucket]));
  const last = dated[dated.length - 1].key.slice(0, 10);
  const filled = [];
  for (let key = dated[0].key.slice(0, 10); key <= last; key = nextPeriod(key, by)) {
    filled.push(byKey.get(key) || {key, events: 0, fatalities: 0});
    if (filled.length > MAX_FILLED) return dated;
  }
  return filled;
}

/** A step for `value` that gives about four round axis ticks. */
function niceMax(value) {
  if (value <= 4) return Math.max(value, 1);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude * 4 >= value) * magnitude;
  return step * 4;
}

export function drawTimeline(container, buckets, by, onPick) {
  container.replaceChildren();
  const periods = fillGaps(buckets, by);
  if (!periods.length) {
    container.append(Object.assign(document.createElement("p"), {className: "muted", textContent: "No dated events."}));
    return;
  }
  const width = Math.max(container.clientWidth, 300);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const maxEvents = niceMax(Math.max(...periods.map((period) => period.events)));
  const maxFatalities = niceMax(Math.max(...periods.map((period) => period.fatalities || 0)));
  const band = plotWidth / periods.length;
  const barWidth = Math.min(Math.max(band * 0.8, 1), 48);  // one period is a bar, not a wall
  const yEvents = (value) => MARGIN.top + plotHeight - (value / maxEvents) * plotHeight;
  const yFatalities = (value) => MARGIN.top + plotHeight - (value / maxFatalities) * plotHeight;

  const totalEvents = periods.reduce((sum, period) => sum + period.events, 0);
  const chart = svg("svg", {width, height: HEIGHT, class: "timeline-chart", role: "group",
    "aria-label": `Timeline by ${by}: ${totalEvents} events from ${periodLabel(periods[0].key, by)} to `
      + `${periodLabel(periods[periods.length - 1].key, by)}. Arrow keys move between periods, Enter filters to one.`});

  const ticks = [
    [maxEvents, yEvents(maxEvents), MARGIN.left - 6, "end"], [maxEvents / 2, yEvents(maxEvents / 2), MARGIN.left - 6, "end"],
    [maxFatalities, yFatalities(maxFatalities), width - MARGIN.right + 6, "start"],
    [maxFatalities / 2, yFatalities(maxFatalities / 2), width - MARGIN.right + 6, "start"],
  ].filter(([value]) => Number.isInteger(value));  // counts: no half events on the axis
  for (const [value, y, x, anchor] of ticks) {
    const label = svg("text", {x, y: y + 4, "text-anchor": anchor,
      class: anchor === "end" ? "axis axis-events" : "axis axis-fatalities"});
    label.textContent = value.toLocaleString("en");
    chart.append(label);
  }
  for (const value of [maxEvents, maxEvents / 2]) {
    chart.append(svg("line", {x1: MARGIN.left, x2: width - MARGIN.right, y1: yEvents(value), y2: yEvents(value), class: "gridline"}));
  }
  chart.append(svg("line", {x1: MARGIN.left, x2: width - MARGIN.right, y1: yEvents(0), y2: yEvents(0), class: "baseline"}));

  const bars = [];
  periods.forEach((period, index) => {
    const x = MARGIN.left + index * band;
    const text = `${periodLabel(period.key, by)}: ${period.events} events, ${period.fatalities || 0} killed`;
    const group = svg("g", {class: "bar", tabindex: -1, role: "button", "aria-label": text, "data-key": period.key});
    const title = svg("title");
    title.textContent = text;
    group.append(title, svg("rect", {x, y: MARGIN.top, width: Math.max(band, 2), height: plotHeight, class: "hit"}));
    if (period.events > 0) {
      const top = yEvents(period.events);
      group.append(svg("rect", {x: x + (band - barWidth) / 2, y: top, width: barWidth,
        height: Math.max(yEvents(0) - top, 1), class: "events"}));
    }
    group.addEventListener("click", () => onPick(period.key));
    bars.push(group);
    chart.append(group);
  });

  const points = periods.map((period, index) =>
    `${(MARGIN.left + (index + 0.5) * band).toFixed(1)},${yFatalities(period.fatalities || 0).toFixed(1)}`);
  chart.append(svg("polyline", {points: points.join(" "), class: "fatalities"}));

  const labelEvery = Math.max(1, Math.ceil(periods.length / Math.max(2, Math.floor(plotWidth / 90))));
  periods.forEach((period, index) => {
    if (index % labelEvery) return;
    const label = svg("text", {x: MARGIN.left + (index + 0.5) * band, y: HEIGHT - 6, "text-anchor": "middle", class: "axis"});
    label.textContent = by === "month" ? period.key.slice(0, 7) : period.key.slice(0, 10);
    chart.append(label);
  });

  // roving focus: one bar is in the tab order, arrows move it
  let current = bars.length - 1;
  bars[current].setAttribute("tabindex", 0);
  chart.addEventListener("keydown", (keyEvent) => {
    const moves = {ArrowLeft: -1, ArrowRight: 1, Home: -bars.length, End: bars.length};
    if (keyEvent.key in moves) {
      keyEvent.preventDefault();
      bars[current].setAttribute("tabindex", -1);
      current = Math.min(bars.length - 1, Math.max(0, current + moves[keyEvent.key]));
      bars[current].setAttribute("tabindex", 0);
      bars[current].focus();
    } else if (keyEvent.key === "Enter" || keyEvent.key === " ") {
      keyEvent.preventDefault();
      onPick(periods[current].key);
    }
  });
  container.append(chart);
}

/** Day, week or month, whichever shows the span of `buckets` (by month) in enough detail. */
export function autoInterval(monthBuckets) {
  const dated = monthBuckets.filter((bucket) => /^\d{4}-\d{2}/.test(bucket.key));
  if (dated.length === 0) return "month";
  const days = (parseDay(dated[dated.length - 1].key) - parseDay(dated[0].key)) / 86400000;
  if (days <= 62) return "day";
  if (days <= 730) return "week";
  return "month";
}
