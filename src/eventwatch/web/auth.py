"""Sessions, CSRF protection and role checks.

- The session is a cookie signed with itsdangerous (HttpOnly, SameSite=Lax, Secure over https)
  holding the user name; the role is read from the database on each request, so a changed role
  or a removed user takes effect at once.
- CSRF: double-submit token. ``GET /api/me`` sets a random token in a cookie readable by the
  pages' scripts and returns it; every state-changing request (POST, PUT, PATCH, DELETE) must send
  it back in the ``X-CSRF-Token`` header. A cross-site page can make the browser send the cookie
  but cannot read it, so it cannot set the header.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from fastapi import Depends, HTTPException, Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from eventwatch.store import Store
from eventwatch.store.users import REVIEW_ROLES, User, get_user

SESSION_COOKIE = "eventwatch_session"
CSRF_COOKIE = "eventwatch_csrf"
CSRF_HEADER = "X-CSRF-Token"
SESSION_MAX_AGE = 14 * 24 * 3600
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class WebSettings:
    secret: str
    read_open: bool = True

    @property
    def signer(self) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(self.secret, salt="eventwatch-session")


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def current_user(request: Request) -> User | None:
    """The signed-in user, or None (no cookie, a forged or expired one, or a removed user)."""
    if hasattr(request.state, "user"):
        return request.state.user
    user = None
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        try:
            data = get_settings(request).signer.loads(token, max_age=SESSION_MAX_AGE)
        except BadSignature:
            data = None
        if isinstance(data, dict) and isinstance(data.get("user"), str):
            user = get_user(get_store(request), data["user"])
    request.state.user = user
    return user


def start_session(request: Request, response: Response, user: User) -> None:
    token = get_settings(request).signer.dumps({"user": user.name})
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=SESSION_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/",
    )
    # a new session gets a new CSRF token: one planted before sign-in is worthless after it
    set_csrf_cookie(request, response, secrets.token_urlsafe(32))


def end_session(request: Request, response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=_secure(request))


def csrf_token(request: Request, response: Response) -> str:
    """The CSRF token of this browser, created (and set as a cookie) on first use."""
    token = request.cookies.get(CSRF_COOKIE)
    if not token or len(token) < 32:
        token = secrets.token_urlsafe(32)
        set_csrf_cookie(request, response, token)
    return token


def set_csrf_cookie(request: Request, response: Response, token: str) -> None:
    # not HttpOnly: the pages' scripts may read it (they can also take it from /api/me)
    response.set_cookie(CSRF_COOKIE, token, httponly=False, samesite="lax", secure=_secure(request), path="/")


def check_csrf(request: Request) -> None:
    """403 unless a state-changing request carries the CSRF cookie's value in X-CSRF-Token."""
    if request.method not in UNSAFE_METHODS:
        return
    cookie = request.cookies.get(CSRF_COOKIE) or ""
    header = request.headers.get(CSRF_HEADER) or ""
    if not cookie or not hmac.compare_digest(cookie.encode(), header.encode()):
        raise HTTPException(
            403,
            f"CSRF check failed: send the token of GET /api/me (cookie {CSRF_COOKIE}) in the {CSRF_HEADER} header",
        )


def require_reader(request: Request) -> User | None:
    """Reading is open to anyone unless the server runs with reading closed."""
    user = current_user(request)
    if user is None and not get_settings(request).read_open:
        raise HTTPException(401, "sign in to read: this server's reading is closed")
    return user


def require_reviewer(request: Request) -> User:
    """A signed-in coder or admin, on a request that passes the CSRF check (401, then 403)."""
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "sign in to review events")
    if user.role not in REVIEW_ROLES:
        raise HTTPException(403, f"the {user.role} role cannot change events; a coder or admin can")
    check_csrf(request)
    return user


Reader = Depends(require_reader)
Reviewer = Depends(require_reviewer)
CsrfChecked = Depends(check_csrf)
