"""Slows down password guessing: after a few failed sign-ins from one address for one user name,
further attempts are refused for a while.

Kept in memory: one process serves the workbench, and a restart forgetting the counts costs an
attacker a restart's worth of guesses, not an account. A success clears the count.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


@dataclass
class LoginThrottle:
    max_failures: int = MAX_FAILURES
    window: float = WINDOW_SECONDS
    clock: Callable[[], float] = time.monotonic
    _failures: dict[tuple[str, str], deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def retry_after(self, address: str, username: str) -> int:
        """Seconds until this address may try this name again; 0 when it may now."""
        key = (address, username.strip().lower())
        with self._lock:
            times = self._recent(key)
            if len(times) < self.max_failures:
                return 0
            return max(1, int(times[0] + self.window - self.clock()) + 1)

    def failed(self, address: str, username: str) -> None:
        key = (address, username.strip().lower())
        with self._lock:
            self._recent(key).append(self.clock())
            if len(self._failures) > 10_000:  # many names tried: forget the stale ones
                for stale in [k for k, v in self._failures.items() if not v]:
                    del self._failures[stale]

    def succeeded(self, address: str, username: str) -> None:
        with self._lock:
            self._failures.pop((address, username.strip().lower()), None)

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        cutoff = self.clock() - self.window
        while times and times[0] <= cutoff:
            times.popleft()
        return times
