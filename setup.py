"""Build hook: brings the web workbench's front-end packages from the npm registry into the package.

Everything else about the build is declared in pyproject.toml. ``build_py`` runs for wheels and for
editable installs (``pip install -e .``) alike, so the README's first command is all a user runs:
it runs ``npm ci`` in ``src/eventwatch/web/frontend`` (versions pinned by package-lock.json) and
copies the files listed in ``vendor.json`` to ``src/eventwatch/web/static/vendor``, which the app
serves. Nothing is fetched at run time. Without npm the install still succeeds (the command line
needs no front-end), and ``eventwatch serve`` names the missing files.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

WEB = Path(__file__).resolve().parent / "src" / "eventwatch" / "web"
FRONTEND = WEB / "frontend"
VENDOR = WEB / "static" / "vendor"


def _say(message: str) -> None:
    print(f"eventwatch front-end: {message}", file=sys.stderr)


def _manifest() -> dict[str, str]:
    entries = json.loads((FRONTEND / "vendor.json").read_text(encoding="utf-8"))
    return {dest: source for dest, source in entries.items() if not dest.startswith("_")}


def _up_to_date(manifest: dict[str, str]) -> bool:
    """Every vendored file is there and newer than the lock file (a re-install stays offline)."""
    lock = FRONTEND / "package-lock.json"
    lock_time = lock.stat().st_mtime if lock.is_file() else 0.0
    targets = [VENDOR / dest for dest in manifest]
    return all(path.is_file() and path.stat().st_mtime >= lock_time for path in targets)


def vendor_frontend() -> None:
    manifest = _manifest()
    if _up_to_date(manifest):
        return
    modules = FRONTEND / "node_modules"
    if not all((modules / source).is_file() for source in manifest.values()):
        npm = shutil.which("npm")
        if not (FRONTEND / "package-lock.json").is_file():
            _say(f"{FRONTEND / 'package-lock.json'} is missing, so the web pages' packages cannot be installed")
            return
        if npm is None:
            _say("npm not found, so the web pages' packages (Leaflet, world-atlas) are not installed; "
                 "install Node.js with npm and run `pip install -e .` again to use `eventwatch serve`")
            return
        _say("npm ci (packages pinned in src/eventwatch/web/frontend/package-lock.json)")
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=FRONTEND, check=False)
        if done.returncode != 0:
            _say(f"npm ci failed (exit status {done.returncode}); `eventwatch serve` will name the missing files")
            return
    for dest, source in manifest.items():
        target = VENDOR / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(modules / source, target)
    _say(f"copied {len(manifest)} files to {VENDOR}")


class BuildPyWithFrontend(build_py):
    """``build_py`` that vendors the npm packages first, so they are package data like any other."""

    def run(self) -> None:
        vendor_frontend()
        super().run()


setup(cmdclass={"build_py": BuildPyWithFrontend})
