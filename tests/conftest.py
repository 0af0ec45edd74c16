"""Shared set-up for the harness's own tests."""

from __future__ import annotations

import os
import sys
from collections.abc import Generator

import pytest

import sciexamples.fixtures.kinds  # noqa: F401
import sciexamples.isolate  # noqa: F401
import sciexamples.items  # noqa: F401
from sciexamples.execute import preload

# pytester's in-process runs drop modules first imported during a run; importing the scientific
# stack and the harness's modules here keeps one copy of each for the whole session (as a real
# worker has, once it collected a dataset file: this session may collect none before a pytester run).
preload()

# tox names the pin set a session runs on (tox.ini's setenv)
PIN_SET = os.environ.get("SCIEXAMPLES_ENV", "")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "pin_independent: what the test proves does not depend on the library versions (the process's timers, "
        "signals, crashes and files; the shipped files read as text): it runs once, on the latest pin set, not again on the oldest",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if PIN_SET != "oldest":
        return
    once = pytest.mark.skip(reason="pin-independent: runs on the latest pin set (it reads no library behaviour that differs)")
    for item in items:
        if item.get_closest_marker("pin_independent") is not None:
            item.add_marker(once)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    """Put back the submodules pytester dropped from `sys.modules` that their package still holds.

    A test using pytester forgets, when it ends, every module first imported during it. A submodule
    an example imported first there (`seaborn.objects`) stays its package's attribute, and the next
    example on the worker to import it would load a second copy and replace that attribute: the state
    guard rightly reports the replacement, and blames that innocent example. Top-level modules
    (a test's own conftest) stay forgotten, as pytester intends. Only tests using pytester forget."""
    if "pytester" not in getattr(item, "fixturenames", ()):
        return (yield)
    before = dict(sys.modules)
    try:
        return (yield)
    finally:
        for name, module in before.items():
            package, _, child = name.rpartition(".")
            if name not in sys.modules and package in sys.modules and getattr(sys.modules[package], child, None) is module:
                sys.modules[name] = module


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Let a pytester run load Hypothesis' pytest plugin afresh without a false alarm.

    This session runs without that plugin (`-p no:hypothesispytest`); a pytester run loads it, and the
    plugin warns, as an error here, about any lazy strategy evaluated since Hypothesis was imported
    ("Slow code in plugin"): an edge case that ran earlier on the same worker did exactly that, after
    initialization, as it should. Hypothesis' own reset for a restarted initialization clears it."""
    if "pytester" in getattr(item, "fixturenames", ()) and "hypothesis" in sys.modules:
        from hypothesis.configuration import notice_initialization_restarted

        notice_initialization_restarted(warn=False)
