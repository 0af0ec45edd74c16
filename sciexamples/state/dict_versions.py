"""CPython's version tag of a dict: one read tells whether a namespace changed since it was copied."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any


def _dict_version_reader() -> Callable[[dict], int] | None:
    """A reader of CPython's version tag of a dict (`ma_version_tag`, PEP 509), or None where it can't be trusted.

    Every insertion, replacement or deletion gives a dict a new version tag from a global counter, so
    one read tells whether a namespace of thousands of names changed, where comparing the names one by
    one takes about 200 us a run for the watched namespaces (with the cache cold after a snippet).
    Python does not expose the tag: it is read at its offset in the dict's struct, after the object
    header and `ma_used`, on CPython 3.11-3.13 (3.14 has no global counter). A self-test must see every
    kind of change move the tag and nothing else move it; otherwise the guard compares names one by one.
    """
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    try:
        import ctypes
    except ImportError:
        return None
    offset = object.__basicsize__ + ctypes.sizeof(ctypes.c_ssize_t)
    at = ctypes.c_uint64.from_address

    def version(mapping: dict) -> int:
        return at(id(mapping) + offset).value

    probe: dict[str, Any] = {"a": 1, "b": 2}
    owner = type("Probe", (), {"f": 1})
    namespace = class_dict(owner)
    changes = (
        (probe, lambda: probe.__setitem__("a", 3)), (probe, lambda: probe.__setitem__("c", 4)),
        (probe, lambda: probe.__delitem__("b")), (probe, lambda: probe.update(a=5)), (probe, lambda: probe.pop("a")),
        (probe, lambda: probe.setdefault("d", 6)), (probe, probe.clear),
        (namespace, lambda: setattr(owner, "f", 2)), (namespace, lambda: setattr(owner, "g", 3)),
        (namespace, lambda: delattr(owner, "f")),
    )
    seen = {version(probe), version(namespace)}
    for changed, change in changes:
        before = (version(probe), version(namespace))
        if before != (version(probe), version(namespace)):
            return None  # moves without a change
        change()
        tag = version(changed)
        if tag in seen:
            return None  # a change that did not move it
        seen.add(tag)
    return version


def class_dict(cls: type) -> dict:
    """The dict behind a class's read-only `__dict__` view (the view's one referent)."""
    return next(d for d in gc.get_referents(vars(cls)) if type(d) is dict)


DICT_VERSION = _dict_version_reader()
# by key: (the dict, its version tag, what was made of it); made again only after the dict changed
_CACHED_COPIES: dict[str, tuple[dict, int, Any]] = {}


def cached_copy(key: str, mapping: dict, make: Callable[[dict], Any] = dict.copy) -> Any:
    """`make(mapping)` (by default a copy), the same object as last time while the mapping's version
    tag says it has not changed since. Callers must treat it as read-only."""
    if DICT_VERSION is None:
        return make(mapping)
    tag = DICT_VERSION(mapping)
    held = _CACHED_COPIES.get(key)
    if held is None or held[0] is not mapping or held[1] != tag:
        held = _CACHED_COPIES[key] = (mapping, tag, make(mapping))
    return held[2]


def is_current_copy(key: str, copy: dict, mapping: dict) -> bool:
    """True when `mapping` is the dict `copy` was made of by `cached_copy`, with the version tag it had
    then; False also when that can't be told (no version tags, or another copy made since): compare
    the contents then."""
    held = _CACHED_COPIES.get(key)
    return held is not None and held[2] is copy and held[0] is mapping and DICT_VERSION is not None and DICT_VERSION(mapping) == held[1]
