// Shared by every page: calls to the JSON API (same origin, session cookie, CSRF header),
// the signed-in user in the header, small DOM helpers.

export const FILTER_KEYS = ["q", "since", "until", "country", "admin1", "event_type", "sub_event_type",
  "attack_type", "actor", "min_fatalities", "stage", "status", "bbox"];

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

function detailText(payload, status) {
  const detail = payload && payload.detail;
  if (Array.isArray(detail)) {
    return detail.map((item) => `${(item.loc || []).slice(1).join(".")}: ${item.msg}`).join("; ");
  }
  return detail ? String(detail) : `request failed (HTTP ${status})`;
}

let session = null;

/** The signed-in user: {user, role, csrf_token}; the call also sets the CSRF cookie. */
export async function me(refresh = false) {
  if (!session || refresh) {
    const response = await fetch("/api/me", {credentials: "same-origin", headers: {Accept: "application/json"}});
    session = response.ok ? await response.json() : {user: null, role: null, csrf_token: ""};
  }
  return session;
}

export function canReview(user) {
  return Boolean(user && user.user && (user.role === "coder" || user.role === "admin"));
}

export function loginUrl() {
  return `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
}

/** fetch JSON; a 401 on a read sends the reader to the sign-in page (reading is closed). */
export async function api(path, {method = "GET", body} = {}) {
  const headers = {Accept: "application/json"};
  if (method !== "GET") {
    headers["Content-Type"] = "application/json";
    headers["X-CSRF-Token"] = (await me()).csrf_token || "";
  }
  const response = await fetch(path, {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let payload = null;
  if ((response.headers.get("content-type") || "").includes("json")) {
    payload = await response.json();
  }
  if (response.status === 401 && method === "GET") {
    location.assign(loginUrl());
    throw new ApiError(401, "sign in to read events");
  }
  if (!response.ok) throw new ApiError(response.status, detailText(payload, response.status));
  return payload;
}

/** el("a", {href: "/", class: "x"}, "text", child): children are text or nodes, never HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function formatNumber(value) {
  return value === null || value === undefined ? "–" : Number(value).toLocaleString("en");
}

export function plural(count, noun) {
  return `${formatNumber(count)} ${noun}${count === 1 ? "" : "s"}`;
}

export function placeName(location) {
  if (!location) return "";
  const parts = [location.name, location.admin1, location.country].filter(Boolean);
  return [...new Set(parts)].join(", ");
}

export function actorNames(actors) {
  return (actors || []).map((actor) => (typeof actor === "string" ? actor : actor.name)).filter(Boolean).join("; ");
}

let noticeTimer = null;

export function notify(message, kind = "info") {
  const box = document.getElementById("notice");
  if (!box) return;
  box.textContent = message;
  box.className = `notice notice-${kind}`;
  box.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { box.hidden = true; }, kind === "error" ? 8000 : 4000);
}

/** The header's "signed in as" / "Sign in" area. */
export async function showUser() {
  const box = document.getElementById("user-status");
  if (!box) return null;
  const user = await me();
  box.replaceChildren();
  if (user.user) {
    const logout = el("button", {type: "button", class: "link-button"}, "Sign out");
    logout.addEventListener("click", async () => {
      try {
        await api("/api/logout", {method: "POST", body: {}});
      } finally {
        location.reload();
      }
    });
    box.append(el("span", {}, "Signed in as ", el("strong", {id: "current-user"}, user.user),
      ` (${user.role})`), " ", logout);
  } else if (!location.pathname.startsWith("/login")) {
    box.append(el("a", {href: loginUrl(), id: "signin-link"}, "Sign in"));
  }
  return user;
}
