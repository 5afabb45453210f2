"""Test hooks: named points where a test can make the run exit or pause (see the package notes)."""

from __future__ import annotations

import os
import sys
import time


_HOOK_COUNTS: dict[str, int] = {}
HOOK_EXIT = 86  # the exit status of an "exit@" test hook


def test_hook(point: str) -> None:
    """A fault-injection point for tests (module notes, "Test hooks"); nothing happens unless
    TIMELINE_TEST_HOOK names this point."""
    spec = os.environ.get("TIMELINE_TEST_HOOK")
    if not spec:
        return
    action, _, where = spec.partition("@")
    name, _, nth = where.partition("#")
    if name != point:
        return
    _HOOK_COUNTS[point] = _HOOK_COUNTS.get(point, 0) + 1
    if _HOOK_COUNTS[point] != int(nth or 1):
        return
    if action == "exit":
        os._exit(HOOK_EXIT)
    if action == "pause":
        print(f"timeline: test hook: paused at {point}", file=sys.stderr, flush=True)
        time.sleep(300)  # until the test's signal; a test that failed first leaves no process behind for long
        os._exit(HOOK_EXIT)
