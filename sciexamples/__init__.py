"""sciexamples: an execution-verified corpus of scientific-Python examples and its pytest harness."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

__version__ = "0.1.0"


@contextmanager
def assertion_rewriting_off() -> Iterator[None]:
    """Import without pytest's assertion-rewriting finder; elsewhere (no pytest) a no-op.

    Pytest puts that finder first on `sys.meta_path` and rewrites every module of a distribution
    that provides a plugin: this package's own modules too, which hold no tests. Rewriting parses
    and compiles a module about three times as slowly as importing it (a module of 1,200 lines:
    24 ms against 8 ms, when no bytecode cache is written), and does it again in every process.
    """
    rewriters = [finder for finder in sys.meta_path if type(finder).__name__ == "AssertionRewritingHook"]
    for finder in rewriters:
        sys.meta_path.remove(finder)
    try:
        yield
    finally:
        sys.meta_path[:0] = rewriters
