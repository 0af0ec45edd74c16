"""The state guard: a snapshot of every facet before a run, restored after it, and the offences and
leaks it finds reported."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from .facet import Facet, differs
from .interpreter import (
    DECIMAL_CONTEXT,
    INTERPRETER_SETTINGS,
    LOGGING,
    SYS_ARGV,
    SYS_META_PATH,
    SYS_PATH,
    SYS_PATH_HOOKS,
    TRACE_FUNCTIONS,
    WARNINGS_FILTERS,
)
from .libraries import (
    BACKEND,
    COLOR_CODES,
    COLORMAP_REGISTRIES,
    NUMPY_ERROR_STATE,
    NUMPY_PRINT_OPTIONS,
    PANDAS_OPTIONS,
    RC_PARAMS,
    SCIPY_SPECIAL_ERROR_STATE,
    SKLEARN_CONFIG,
    UNITS_REGISTRY,
    cache_sizes,
    release_pinning_caches,
)
from .lifetimes import (
    CHILD_PROCESSES,
    EVENT_LOOP,
    FINALIZERS,
    THREADS,
    multiprocessing_finalizers,
)
from .modules import (
    LIBRARY_ATTRIBUTES,
    SYS_MODULES,
    added_to_module,
    replaced_names,
    sys_modules_moved,
)
from .process import (
    ENVIRON,
    FAULT_HANDLER,
    FILES_IN_STARTING_DIRECTORY,
    INTERVAL_TIMERS,
    RESOURCE_LIMITS,
    SIGNAL_HANDLERS,
    STANDARD_FDS,
    STANDARD_STREAMS,
    STD_FDS,
    WORKING_DIRECTORY,
    signal_name,
)

# In the order they are restored (and their offences reported).
FACETS: tuple[Facet, ...] = (
    # first: the facets after it read modules through sys.modules
    SYS_MODULES,
    # next: a thread or child process the snippet left running is stopped before the facets it could
    # change again (files it writes into the starting directory) are compared and put back
    THREADS,
    CHILD_PROCESSES,
    WORKING_DIRECTORY,
    FILES_IN_STARTING_DIRECTORY,
    RC_PARAMS,
    BACKEND,
    UNITS_REGISTRY,
    COLOR_CODES,
    PANDAS_OPTIONS,
    NUMPY_PRINT_OPTIONS,
    NUMPY_ERROR_STATE,
    SCIPY_SPECIAL_ERROR_STATE,
    COLORMAP_REGISTRIES,
    SKLEARN_CONFIG,
    LOGGING,
    DECIMAL_CONTEXT,
    WARNINGS_FILTERS,
    ENVIRON,
    SYS_PATH,
    SYS_ARGV,
    SYS_META_PATH,
    SYS_PATH_HOOKS,
    STANDARD_STREAMS,
    STANDARD_FDS,
    SIGNAL_HANDLERS,
    EVENT_LOOP,
    FINALIZERS,
    TRACE_FUNCTIONS,
    INTERPRETER_SETTINGS,
    RESOURCE_LIMITS,
    FAULT_HANDLER,
    INTERVAL_TIMERS,
    LIBRARY_ATTRIBUTES,
)


class StateGuard:
    """Snapshot every facet; `restore()` puts them back and returns the offences found."""

    def __init__(self, facets: tuple[Facet, ...] = FACETS) -> None:
        self.facets = facets
        self.saved = [f.capture() for f in facets]
        self.cache_sizes = cache_sizes()
        self._threads_done: list[str] | None = None  # what stop_threads() found, when called

    def saved_state(self, name: str) -> Any:
        """What the facet `name` held when the snapshot was taken."""
        return next(saved for facet, saved in zip(self.facets, self.saved) if facet.name == name)

    def changed(self, name: str) -> bool:
        """Whether the facet `name` differs now from the snapshot."""
        return next(saved is not None and not facet.unchanged(saved) for facet, saved in zip(self.facets, self.saved) if facet.name == name)

    def stop_threads(self) -> None:
        """Stop the threads started since the snapshot (see `lifetimes._raise_thread_stopped`) ahead of
        `restore()`, which still reports them: before the snippet's namespace is emptied, whose names
        they may still use."""
        self._threads_done = self._restore_where(lambda facet: facet.restore is THREADS.restore)

    def restore(self) -> list[str]:
        """Restore every facet; return messages for offences (non-silent facets changed) and leaks (still differ).

        Also releases what library caches pinned during the run (see PINNING_CACHES)."""
        release_pinning_caches(self.cache_sizes)
        if self._threads_done is None:
            return self._restore_where(lambda facet: True)
        return [*self._restore_where(lambda facet: facet.restore is not THREADS.restore), *self._threads_done]

    def _restore_where(self, chosen: Callable[[Facet], bool]) -> list[str]:
        problems = []
        for facet, saved in zip(self.facets, self.saved):
            if saved is None or not chosen(facet):
                continue  # None: the library was first imported during the run, nothing to compare with
            if facet.unchanged(saved):
                continue
            now = facet.current()
            offence = not facet.silent and (facet.offending is None or facet.offending(saved, now))
            if offence:
                problems.append(f"changed {facet.name}: {_describe(facet.name, saved, now)}")
            try:
                facet.restore(saved)
            except Exception as exc:  # noqa: BLE001 - a broken restore is itself a leak to report
                problems.append(f"could not restore {facet.name}: {exc!r}")
                continue
            if not offence and not facet.unchanged(saved):
                problems.append(f"could not restore {facet.name}")
        return problems


def _describe(name: str, before: Any, after: Any) -> str:
    """What changed in the facet `name`, as its offence is reported."""
    if name == "threads":
        live = [t.name for t in threading.enumerate() if t.ident not in before]
        return f"threads still running: {', '.join(live)}"
    if name == "files in the starting directory":
        return f"new: {', '.join(sorted(after - before)[:5])}; removed: {', '.join(sorted(before - after)[:5]) or 'none'}"
    if name == "standard file descriptors":
        changed = [f"fd {fd} {'closed' if now is None else 'points elsewhere'}" for fd, was, now in zip(STD_FDS, before, after) if now != was]
        return f"{', '.join(changed)} (put back)"
    if name == "sys.modules":
        moved = sys_modules_moved(before)
        return f"removed or replaced: {', '.join(moved[:5])}{f' and {len(moved) - 5} more' if len(moved) > 5 else ''}"
    if name == "child processes":
        return f"child processes still running: {sorted(after - before)} (killed)"
    if name == "signal handlers":
        changed = [signal_name(sig) for sig, handler in before[0].items() if after[0].get(sig) != handler]
        if after[1] != before[1]:
            changed.append(f"blocked set: {', '.join(sorted(signal_name(sig) for sig in after[1] ^ before[1]))}")
        if after[2] != before[2]:
            changed.append(f"wakeup descriptor (signal.set_wakeup_fd): {before[2]} -> {after[2]}")
        return ", ".join(changed)
    if name == "finalizers run at exit":
        calls = [getattr((f.peek() or (None, None))[1], "__qualname__", "?") for f in after[0] - before[0]]
        registry = multiprocessing_finalizers()
        calls += [getattr(getattr(registry.get(key), "_callback", None), "__qualname__", "?") for key in after[1] - before[1]]
        return f"{len(calls)} new, calling {', '.join(sorted(calls)[:5])} (detached)"
    if name == "library attributes":
        changed = [f"{module}.{key}" for module in before if module in after for key in replaced_names(module, before[module], after[module])]
        added = [f"{module}.{key}" for module in before if module in after for key in added_to_module(module, before[module], after[module])]
        return "; ".join([*([f"replaced: {', '.join(changed[:5])}"] if changed else []), *([f"added: {', '.join(added[:5])}"] if added else [])])
    if isinstance(before, dict) and isinstance(after, dict):
        keys = sorted({*before, *after} - {k for k in before if k in after and not differs(before[k], after[k])})
        return ", ".join(f"{k}: {before.get(k)!r} -> {after.get(k)!r}" for k in keys[:5])
    if isinstance(before, list) and isinstance(after, list):
        return f"{len(before)} entries -> {len(after)} entries"
    return f"{before!r:.60} -> {after!r:.60}"
