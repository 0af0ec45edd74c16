"""One piece of global state the guard watches (a facet), and the comparisons facets share."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Facet:
    """One piece of global state: how to read it, how to put it back, and whether changing it is an offence.

    `silent` facets (plot styles, display options) may be changed by a snippet and are simply
    restored; changing any other facet fails the example even though it is restored. `peek`, where
    given, reads the current state for comparison without copying it, or without what `capture`
    does besides (the default is `capture`). `same`, where given, replaces the comparison itself,
    for state whose own `==` is slow. `offending`, where given, tells which changes of a non-silent
    facet are offences (`offending(saved, now)`); the others are restored silently.
    """

    name: str
    capture: Callable[[], Any]
    restore: Callable[[Any], None]
    silent: bool = True
    same: Callable[[Any], bool] | None = None
    peek: Callable[[], Any] | None = None
    offending: Callable[[Any, Any], bool] | None = None

    def current(self) -> Any:
        return (self.peek or self.capture)()

    def unchanged(self, saved: Any) -> bool:
        if self.same is not None:
            return self.same(saved)
        return not differs(self.current(), saved)


def loaded(module: str) -> Any:
    """The module `module` if it is imported, else None (facets of a library never import it)."""
    return sys.modules.get(module)


def differs(a: Any, b: Any) -> bool:
    """Whether `a` and `b` differ; values that can't be compared (`!=` raises) count as different."""
    if a is b:
        return False
    try:
        return bool(a != b)
    except Exception:  # noqa: BLE001 - numpy arrays in rcParams compare elementwise
        return True
