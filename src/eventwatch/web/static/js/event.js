// The event page: every field of the record, the sentences supporting them highlighted in each
// source article, the merge history, the review controls and the audit log.
import {actorNames, api, canReview, el, formatNumber, loginUrl, me, notify, placeName, showUser} from "./api.js";

const root = document.getElementById("event-root");
const eventId = root.dataset.eventId;
const eventUrl = `/api/events/${encodeURIComponent(eventId)}`;
// record fields whose support is filed in the evidence under another field's name
const EVIDENCE_ALIASES = {
  date_start: ["date"], date_end: ["date"], date_precision: ["date"], sub_event_type: ["event_type"],
  attack_type: ["event_type"], target_types: ["targets"], kidnapped: ["kidnapped", "casualties"],
};
const NESTED = ["location", "fatalities", "injuries"];
let data = null;

// -- fields ----------------------------------------------------------------------------------

function evidenceKeys(field) {
  return [field, ...(EVIDENCE_ALIASES[field] || [])];
}

function supportCount(field) {
  const keys = evidenceKeys(field);
  return data.evidence.filter((item) => (item.fields || []).some((name) => keys.includes(name))).length;
}

function showEvidence(field) {
  const keys = evidenceKeys(field);
  const marks = [...document.querySelectorAll("#articles mark")];
  let first = null;
  for (const mark of marks) {
    const on = mark.dataset.fields.split(" ").some((name) => keys.includes(name));
    mark.classList.toggle("active", on);
    if (on && !first) first = mark;
  }
  if (first) {
    first.scrollIntoView({block: "center", behavior: "smooth"});
    first.focus({preventScroll: true});
  }
}

function valueText(value) {
  if (value === null || value === undefined) return el("span", {class: "muted"}, "not reported");
  if (Array.isArray(value)) {
    if (!value.length) return el("span", {class: "muted"}, "none");
    if (typeof value[0] === "object") return value.map((actor) => `${actor.name} (${actor.kind || "?"})`).join("; ");
    return value.join("; ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function fieldRow(label, value, field, nestedChild = false) {
  const count = field && !nestedChild ? supportCount(field) : 0;
  const button = count
    ? el("button", {type: "button", class: "link-button evidence-button", onclick: () => showEvidence(field),
      "aria-label": `Show the ${count} sentence${count > 1 ? "s" : ""} supporting ${label}`}, `evidence (${count})`)
    : null;
  return el("tr", {class: nestedChild ? "nested" : "", dataset: {field: label}},
    el("th", {scope: "row"}, label), el("td", {}, valueText(value)), el("td", {class: "evidence-cell"}, button));
}

function renderFields(event) {
  const body = document.querySelector("#fields tbody");
  const rows = [];
  for (const [key, value] of Object.entries(event)) {
    if (key === "evidence") continue;
    if (NESTED.includes(key) && value && typeof value === "object") {
      const count = supportCount(key);
      rows.push(el("tr", {class: "group", dataset: {field: key}}, el("th", {scope: "row", colspan: 2}, key),
        el("td", {class: "evidence-cell"}, count ? el("button", {type: "button", class: "link-button evidence-button",
          onclick: () => showEvidence(key), "aria-label": `Show the sentences supporting ${key}`},
        `evidence (${count})`) : null)));
      for (const [part, partValue] of Object.entries(value)) rows.push(fieldRow(`${key}.${part}`, partValue, key, true));
    } else {
      rows.push(fieldRow(key, value, key));
    }
  }
  body.replaceChildren(...rows);
}

// -- source articles with highlighted evidence -----------------------------------------------

/** Evidence spans located in the text: the stored offsets, else where the sentence occurs. */
function locate(text, items) {
  const placed = [];
  const lost = [];
  for (const item of items) {
    if (text.slice(item.start, item.end) === item.text) placed.push(item);
    else {
      const at = item.text ? text.indexOf(item.text) : -1;
      if (at >= 0) placed.push({...item, start: at, end: at + item.text.length});
      else lost.push(item);
    }
  }
  return {placed, lost};
}

function mark(text, fields) {
  const names = [...new Set(fields)].sort();
  return el("mark", {tabindex: 0, dataset: {fields: names.join(" ")}, title: `supports: ${names.join(", ")}`,
    "aria-label": `${text} (supports ${names.join(", ")})`}, text);
}

/** The text with every evidence span marked; overlapping spans share the marks of their overlap. */
function highlighted(text, items) {
  const cuts = new Set([0, text.length]);
  for (const item of items) { cuts.add(item.start); cuts.add(item.end); }
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
  const nodes = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const [start, end] = [points[index], points[index + 1]];
    const covering = items.filter((item) => item.start <= start && item.end >= end);
    const piece = text.slice(start, end);
    nodes.push(covering.length ? mark(piece, covering.flatMap((item) => item.fields || [])) : piece);
  }
  return nodes;
}

function renderArticles(articles, evidence) {
  const box = document.getElementById("articles");
  if (!articles.length) {
    box.replaceChildren(el("p", {class: "muted"}, "No source articles stored."));
    return;
  }
  box.replaceChildren(...articles.map((article) => {
    const items = evidence.filter((item) => item.article_id === article.id);
    const meta = [article.source, article.published, article.doc_id].filter(Boolean).join(" · ");
    const body = el("div", {class: "article-text"});
    if (article.text) {
      const {placed, lost} = locate(article.text, items);
      body.append(...highlighted(article.text, placed));
      if (lost.length) body.append(el("p", {class: "muted"}, "Evidence not found in the stored text:"),
        ...lost.map((item) => el("p", {}, mark(item.text, item.fields || []))));
    } else {
      body.append(el("p", {class: "muted"}, "The article text is not stored; its evidence sentences:"),
        ...items.map((item) => el("p", {}, mark(item.text, item.fields || []))));
    }
    return el("article", {class: "source", "aria-label": article.title || article.doc_id},
      el("h3", {}, article.title || article.doc_id || `article ${article.id}`),
      el("p", {class: "muted small"}, meta, article.url ? " · " : "",
        article.url ? el("a", {href: article.url, rel: "noreferrer noopener", target: "_blank"}, "original") : null,
        ` · ${items.length} evidence sentence${items.length === 1 ? "" : "s"}`),
      body);
  }));
}

// -- merge history and audit log -------------------------------------------------------------

function articleName(articleId) {
  const article = data.articles.find((item) => item.id === articleId);
  return article ? (article.title || article.doc_id) : `article ${articleId}`;
}

function renderMerges(merges) {
  const box = document.getElementById("merges");
  if (!merges.length) {
    box.replaceChildren(el("p", {class: "muted"}, "No report was merged into this event: it rests on one report."));
    return;
  }
  box.replaceChildren(el("table", {class: "plain-table"},
    el("thead", {}, el("tr", {}, el("th", {scope: "col"}, "When"), el("th", {scope: "col"}, "Article"),
      el("th", {scope: "col"}, "Report"), el("th", {scope: "col", class: "num"}, "Score"), el("th", {scope: "col"}, "Why"))),
    el("tbody", {}, merges.map((merge) => el("tr", {},
      el("td", {class: "nowrap"}, (merge.created_at || "").replace("T", " ").slice(0, 19)),
      el("td", {}, articleName(merge.article_id)), el("td", {}, el("code", {}, merge.report_id)),
      el("td", {class: "num"}, typeof merge.score === "number" ? merge.score.toFixed(2) : merge.score),
      el("td", {}, el("ul", {class: "reasons"}, (merge.reasons || []).map((reason) => el("li", {}, reason)))))))));
}

function flatten(value, prefix = "", out = {}) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key !== "evidence") flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (prefix) {
    out[prefix] = Array.isArray(value) ? valueText(value) : value;
  }
  return out;
}

function changes(before, after) {
  const old = flatten(before || {});
  const now = flatten(after || {});
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return keys.filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
    .map((key) => [key, old[key], now[key]]);
}

function shown(value) {
  return value === null || value === undefined ? "∅" : String(value);
}

function newestFirst(left, right) {
  return (right.at || "").localeCompare(left.at || "") || (right.id || 0) - (left.id || 0);
}

function renderAudit(entries) {
  const box = document.getElementById("audit");
  if (!entries.length) {
    box.replaceChildren(el("p", {class: "muted"}, "No review yet: the record is as the machine coded it."));
    return;
  }
  box.replaceChildren(el("table", {class: "plain-table audit-table"},
    el("thead", {}, el("tr", {}, ...["When", "Who", "Action", "Comment", "Before → after"].map(
      (name) => el("th", {scope: "col"}, name)))),
    el("tbody", {}, [...entries].sort(newestFirst).map((entry) => {
      const diff = changes(entry.before, entry.after);
      return el("tr", {dataset: {action: entry.action}},
        el("td", {class: "nowrap"}, (entry.at || "").replace("T", " ").slice(0, 19)),
        el("td", {}, entry.user || "–"), el("td", {}, entry.action), el("td", {}, entry.comment || ""),
        el("td", {}, diff.length
          ? el("ul", {class: "diff"}, diff.map(([key, old, now]) => el("li", {}, el("code", {}, key), ": ",
            el("del", {}, shown(old)), " → ", el("ins", {}, shown(now)))))
          : el("span", {class: "muted"}, "no field changed"),
        el("details", {}, el("summary", {}, "records"), el("pre", {},
          `before: ${JSON.stringify(entry.before, null, 1)}\nafter: ${JSON.stringify(entry.after, null, 1)}`))));
    }))));
}

// -- review ----------------------------------------------------------------------------------

function comment(form) {
  const box = form.elements.namedItem("comment");
  const text = box.value.trim();
  box.setCustomValidity(text ? "" : "A comment is required: say why.");
  if (!text) {
    box.reportValidity();
    box.focus();
    return null;
  }
  return text;
}

function editableValue(event, name) {
  const [head, tail] = name.split(".");
  const value = tail ? (event[head] || {})[tail] : event[head];
  if (head === "perpetrators" || head === "targets") {
    return (value || []).map((actor) => (typeof actor === "string" ? actor : `${actor.name} | ${actor.kind || ""}`)).join("\n");
  }
  return value === null || value === undefined ? "" : String(value);
}

function fillEditForm(event) {
  const form = document.getElementById("form-edit");
  for (const input of form.querySelectorAll("input[name], select[name], textarea[name]")) {
    if (input.name === "comment") continue;
    const value = editableValue(event, input.name);
    if (input.tagName === "SELECT" && value && ![...input.options].some((option) => option.value === value)) {
      input.append(el("option", {}, value));  // a value outside the usual set stays editable
    }
    input.value = value;
    input.dataset.original = input.value;
  }
}

function parsed(input) {
  const text = input.value.trim();
  if (input.name === "perpetrators" || input.name === "targets") {
    return text.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
      const [name, kind] = line.split("|").map((part) => part.trim());
      return kind ? {name, kind} : {name, kind: null};
    });
  }
  if (text === "") return null;
  if (input.type === "number" || input.name === "location.precision") return Number(text);
  return text;
}

/** Only the fields the coder changed; a changed part of location/fatalities/injuries sends the whole object. */
function editChanges(form, event) {
  const result = {};
  for (const input of form.querySelectorAll("input[name], select[name], textarea[name]")) {
    if (input.name === "comment" || input.value === input.dataset.original) continue;
    const [head, tail] = input.name.split(".");
    if (tail) {
      result[head] = result[head] || {...(event[head] || {})};
      result[head][tail] = parsed(input);
    } else {
      result[head] = parsed(input);
    }
  }
  return result;
}

async function review(form, path, body, done) {
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    document.getElementById("review-result").replaceChildren();
    const answer = await api(path, {method: path === eventUrl ? "PATCH" : "POST", body});
    form.reset();
    notify(done(answer), "ok");
    await load();
  } catch (failure) {
    notify(failure.status === 401 ? "Your session has ended: sign in again." : failure.message, "error");
  } finally {
    button.disabled = false;
  }
}

function wireReview() {
  const verify = document.getElementById("form-verify");
  verify.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const text = comment(verify);
    if (text) review(verify, `${eventUrl}/verify`, {comment: text}, () => "Event verified.");
  });
  const reject = document.getElementById("form-reject");
  reject.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const text = comment(reject);
    if (text) review(reject, `${eventUrl}/reject`, {comment: text}, () => "Event rejected.");
  });
  const merge = document.getElementById("form-merge");
  merge.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const others = merge.elements.namedItem("event_ids").value.split(/[\s,]+/).filter((id) => id && id !== eventId);
    if (!others.length) {
      notify("Name at least one other event id to merge.", "error");
      return;
    }
    const text = comment(merge);
    if (text) review(merge, "/api/events/merge", {event_ids: [eventId, ...others], comment: text},
      () => `Merged ${others.join(", ")} into this event.`);
  });
  const split = document.getElementById("form-split");
  split.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const chosen = [...split.querySelectorAll("input[name=article_ids]:checked")].map((box) => Number(box.value));
    if (!chosen.length) {
      notify("Choose the articles to move to a new event.", "error");
      return;
    }
    const text = comment(split);
    if (text) review(split, `${eventUrl}/split`, {article_ids: chosen, comment: text}, (answer) => {
      const created = answer.new_event && answer.new_event.event_id;
      if (!created) return "Split done.";
      document.getElementById("review-result").replaceChildren("Split off as a new event: ",
        el("a", {href: `/events/${encodeURIComponent(created)}`}, created));
      return `Split off as event ${created}.`;
    });
  });
  const edit = document.getElementById("form-edit");
  edit.addEventListener("submit", (submitEvent) => {
    submitEvent.preventDefault();
    const changed = editChanges(edit, data.event);
    if (!Object.keys(changed).length) {
      notify("Nothing changed: edit a field first.", "error");
      return;
    }
    const text = comment(edit);
    if (text) review(edit, eventUrl, {changes: changed, comment: text},
      () => `Saved: ${Object.keys(changed).join(", ")}.`);
  });
  for (const box of document.querySelectorAll("#review textarea[name=comment]")) {
    box.addEventListener("input", () => box.setCustomValidity(""));
  }
}

async function renderReview(event) {
  const user = await me();
  // a merged event lives on in the one it was merged into: that is where reviews go
  const allowed = canReview(user) && event.status !== "merged";
  document.getElementById("review-controls").hidden = !allowed;
  document.getElementById("review-signin").hidden = Boolean(user.user);
  document.getElementById("review-signin-link").href = loginUrl();
  document.getElementById("review-denied").hidden = !user.user || allowed || event.status === "merged";
  if (event.status === "merged") {
    document.getElementById("review-result").replaceChildren("Merged into ",
      el("a", {href: `/events/${encodeURIComponent(event.merged_into)}`}, event.merged_into), ": review that event.");
  }
  document.getElementById("review-role").textContent = user.role || "";
  if (!allowed) return;
  fillEditForm(event);
  const choices = document.getElementById("split-articles");
  choices.replaceChildren(el("legend", {}, "Articles to move"), ...data.articles.map((article) => el("label", {class: "check"},
    el("input", {type: "checkbox", name: "article_ids", value: article.id}), ` ${article.title || article.doc_id}`)));
  document.getElementById("form-split").hidden = data.articles.length < 2;
}

// -- page ------------------------------------------------------------------------------------

function renderHeading(event) {
  const killed = event.fatalities ? event.fatalities.best : null;
  document.getElementById("event-title").textContent =
    `${event.sub_event_type || event.event_type || "Event"} · ${placeName(event.location) || "place unknown"}`;
  document.title = `${event.event_id} · eventwatch`;
  const subtitle = document.getElementById("event-subtitle");
  const stage = event.stage && event.stage !== "accomplished"
    ? [el("span", {class: `badge badge-stage badge-${event.stage}`}, event.stage), " "] : [];
  subtitle.replaceChildren(el("span", {class: `badge badge-${event.status || "auto"}`}, event.status || "auto"), " ", ...stage,
    `${event.date_start || "undated"} · ${formatNumber(killed)} killed · ${actorNames(event.perpetrators) || "perpetrator unknown"}`
    + ` · ${formatNumber(event.sources)} source(s) · id ${event.event_id}`);
  if (event.merged_into) {
    subtitle.append(" · merged into ", el("a", {href: `/events/${encodeURIComponent(event.merged_into)}`}, event.merged_into));
  }
}

async function load() {
  try {
    data = await api(eventUrl);
  } catch (failure) {
    const box = document.getElementById("event-error");
    box.textContent = failure.status === 404 ? `No event ${eventId}.` : `Could not load the event: ${failure.message}`;
    box.hidden = false;
    return;
  }
  data.evidence = data.evidence || [];
  data.articles = data.articles || [];
  renderHeading(data.event);
  renderFields(data.event);
  renderArticles(data.articles, data.evidence);
  renderMerges(data.merges || []);
  renderAudit(data.audit || []);
  await renderReview(data.event);
  document.body.setAttribute("data-ready", "event");
}

if (document.referrer && new URL(document.referrer).origin === location.origin && new URL(document.referrer).pathname === "/") {
  document.getElementById("back-link").href = new URL(document.referrer).pathname + new URL(document.referrer).search;
}
wireReview();
showUser();
load();
