import {api, me, showUser} from "./api.js";

const form = document.getElementById("login-form");
const error = document.getElementById("login-error");

function nextPage() {
  const next = new URLSearchParams(location.search).get("next") || "/";
  // only same-site paths, so the sign-in page cannot send anyone elsewhere
  return next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

form.addEventListener("submit", async (submitEvent) => {
  submitEvent.preventDefault();
  error.hidden = true;
  const data = new FormData(form);
  try {
    await api("/api/login", {method: "POST", body: {username: data.get("username"), password: data.get("password")}});
    await me(true);
    location.assign(nextPage());
  } catch (failure) {
    error.textContent = failure.status === 401 ? "Wrong user name or password." : failure.message;
    error.hidden = false;
    form.querySelector("[name=password]").select();
  }
});

showUser();
