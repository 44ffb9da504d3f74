"""Server-rendered pages of the workbench (overview, event page, sign-in)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
