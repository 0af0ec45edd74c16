"""The builtins namespace: put back first when a snippet ends, before any other code looks up a builtin name."""

from __future__ import annotations

import builtins
import operator
from typing import Any

_BUILTINS = vars(builtins)
# bound here: after a snippet deleted or replaced `len` or `all`, looking them up fails or runs its code
_len, _all, _map, _is = len, all, map, operator.is_


def builtins_snapshot() -> dict[str, Any]:
    """A copy of the builtins namespace, for `builtins_put_back`."""
    return _BUILTINS.copy()


def builtins_put_back(saved: dict[str, Any]) -> list[str]:
    """Make the builtins namespace hold what `saved` held, if a snippet changed it; return the offence.

    Called first when a snippet ends, before any other code of the harness (or pytest) looks up a
    builtin name: after `del builtins.len` the guard itself, and pytest after it, would fail with
    NameError and the run end. Until the namespace is whole again it looks up no builtin name.
    Names a snippet added there count as well: they would be visible to every later snippet."""
    # inline, not `_unchanged`: a snippet that lowered the recursion limit to its own depth leaves no
    # room for one more Python frame here
    if _len(_BUILTINS) == _len(saved) and _all(_map(_is, _BUILTINS.values(), saved.values())) and _BUILTINS.keys() == saved.keys():
        return []
    left = _BUILTINS.copy()
    _BUILTINS.clear()
    _BUILTINS.update(saved)
    changed = sorted(name for name in saved.keys() | left.keys() if name not in left or name not in saved or left[name] is not saved[name])
    if not changed:
        return []  # the same names bound to the same objects, in another order
    return [f"changed builtins: {', '.join(changed[:5])} (put back)"]
