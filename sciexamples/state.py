"""Process-global state a snippet may change: snapshot before a run, restore after, report leaks."""

from __future__ import annotations

import gc
import operator
import os
import signal
import sys
import threading
import warnings
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
    for state whose own `==` is slow.
    """

    name: str
    capture: Callable[[], Any]
    restore: Callable[[Any], None]
    silent: bool = True
    same: Callable[[Any], bool] | None = None
    peek: Callable[[], Any] | None = None

    def current(self) -> Any:
        return (self.peek or self.capture)()

    def unchanged(self, saved: Any) -> bool:
        if self.same is not None:
            return self.same(saved)
        return not _differs(self.current(), saved)


def _loaded(module: str) -> Any:
    return sys.modules.get(module)


def _rc_capture() -> Any:
    mpl = _loaded("matplotlib")
    # RcParams overrides iteration (sorted, validating), so dict.copy falls back to the slow path;
    # dict.items reads the underlying dict at C speed (25x faster)
    return None if mpl is None else dict(dict.items(mpl.rcParams))


def _rc_same(saved: Any) -> bool:
    # dict's own comparison: RcParams inherits Mapping.__eq__, which iterates it the slow way
    mpl = _loaded("matplotlib")
    try:
        return mpl is not None and dict.__eq__(mpl.rcParams, saved) is True
    except Exception:  # noqa: BLE001 - numpy arrays compare elementwise; a changed array counts as changed
        return False


def _rc_restore(saved: Any) -> None:
    mpl = _loaded("matplotlib")
    if mpl is None:
        return
    if saved is None:
        # matplotlib was first imported by the snippet: go back to the defaults it started from
        saved = dict(mpl.rcParamsOrig)
        saved["backend"] = "agg"
    # dict.update bypasses validation, as matplotlib's own rc_context does on exit
    dict.update(mpl.rcParams, saved)
    plt = _loaded("matplotlib.pyplot")
    if plt is not None and plt.get_backend().lower() != "agg":
        plt.switch_backend("agg")


def _units_capture() -> Any:
    units = _loaded("matplotlib.units")
    return None if units is None else dict(units.registry)


def _units_restore(saved: Any) -> None:
    units = _loaded("matplotlib.units")
    if units is None or saved is None:
        return
    if dict(units.registry) != saved:
        units.registry.clear()
        units.registry.update(saved)


def _nested_copy(tree: dict) -> dict:
    return {k: _nested_copy(v) if isinstance(v, dict) else v for k, v in tree.items()}


def _flatten(tree: dict, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _pandas_capture() -> Any:
    pd = _loaded("pandas")
    # a nested copy of pandas' option store: far cheaper than get_option per key
    return None if pd is None else _nested_copy(pd._config.config._global_config)


def _pandas_peek() -> Any:
    pd = _loaded("pandas")
    return None if pd is None else pd._config.config._global_config


def _pandas_restore(saved: Any) -> None:
    pd = _loaded("pandas")
    if pd is None or saved is None:
        return
    now = _flatten(pd._config.config._global_config)
    for key, value in _flatten(saved).items():
        if key in now and _differs(now[key], value):
            pd.set_option(key, value)


def _np_print_capture() -> Any:
    np = _loaded("numpy")
    return None if np is None else np.get_printoptions()


def _np_print_restore(saved: Any) -> None:
    np = _loaded("numpy")
    if np is not None and saved is not None and np.get_printoptions() != saved:
        np.set_printoptions(**saved)


def _np_err_capture() -> Any:
    np = _loaded("numpy")
    return None if np is None else np.geterr()


def _np_err_restore(saved: Any) -> None:
    np = _loaded("numpy")
    if np is not None and saved is not None:
        np.seterr(**saved)


def _warnings_capture() -> Any:
    return list(warnings.filters)


def _warnings_restore(saved: Any) -> None:
    if warnings.filters != saved:
        warnings.filters[:] = saved
        warnings._filters_mutated()  # type: ignore[attr-defined]


def _environ_capture() -> Any:
    # the raw (bytes) mapping behind os.environ copies without decoding every entry
    data = getattr(os.environ, "_data", None)
    return dict(data) if isinstance(data, dict) else dict(os.environ)


def _environ_restore(saved: Any) -> None:
    if _environ_capture() != saved:
        data = getattr(os.environ, "_data", None)
        if isinstance(data, dict):
            for key in [k for k in data if k not in saved]:
                os.unsetenv(key)
                del data[key]
            for key, value in saved.items():
                if data.get(key) != value:
                    os.putenv(key, value)
                    data[key] = value
        else:
            os.environ.clear()
            os.environ.update(saved)


def _syspath_restore(saved: Any) -> None:
    if sys.path != saved:
        sys.path[:] = saved


def _main_restore(saved: Any) -> None:
    if sys.modules.get("__main__") is not saved:
        sys.modules["__main__"] = saved


def _cwd_capture() -> str | None:
    try:
        return os.getcwd()
    except FileNotFoundError:  # the snippet deleted its own working directory
        return None


def _cwd_restore(saved: Any) -> None:
    if _cwd_capture() != saved:
        os.chdir(saved)


# every signal whose disposition Python can read and set (SIGKILL and SIGSTOP can't be caught)
_SIGNALS = tuple(sorted(int(sig) for sig in signal.valid_signals() - {signal.SIGKILL, signal.SIGSTOP}))
# `signal`'s own functions wrap every handler and signal number in an enum: 1 us a signal. The C
# module underneath returns plain ints (0 is SIG_DFL, 1 SIG_IGN) and the handler objects as set.
_raw_signals: Any = getattr(signal, "_signal", signal)


def _signals_capture() -> Any:
    """Python's handler for each signal, and the main thread's blocked set.

    A snippet that ignores SIGALRM or blocks it disarms every later example's time limit, and one
    that replaces SIGINT's handler takes Ctrl-C away from the person running the gate."""
    getsignal = _raw_signals.getsignal
    handlers = {sig: getsignal(sig) for sig in _SIGNALS}
    return handlers, frozenset(map(int, _blocked()))


def _blocked() -> Any:
    sigmask = getattr(_raw_signals, "pthread_sigmask", None)
    return sigmask(signal.SIG_BLOCK, ()) if sigmask is not None else ()


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _signals_restore(saved: Any) -> None:
    handlers, blocked = saved
    now, now_blocked = _signals_capture()
    for sig, handler in handlers.items():
        if now[sig] != handler and handler is not None:  # None: set outside Python, can't be put back
            signal.signal(sig, handler)
    if now_blocked != blocked:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _hooks_capture() -> Any:
    # trace and profile functions (a debugger, coverage) slow every later example and see its code
    return sys.gettrace(), sys.getprofile()


def _hooks_restore(saved: Any) -> None:
    sys.settrace(saved[0])
    sys.setprofile(saved[1])


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; set it straight back
    os.umask(mask)
    return mask


def _interpreter_capture() -> Any:
    return {
        "recursion limit": sys.getrecursionlimit(),
        "gc enabled": gc.isenabled(),
        "gc thresholds": gc.get_threshold(),
        "int max str digits": sys.get_int_max_str_digits(),
        "umask": _umask(),
    }


def _interpreter_restore(saved: Any) -> None:
    sys.setrecursionlimit(saved["recursion limit"])
    (gc.enable if saved["gc enabled"] else gc.disable)()
    gc.set_threshold(*saved["gc thresholds"])
    sys.set_int_max_str_digits(saved["int max str digits"])
    os.umask(saved["umask"])


def _backend_capture() -> Any:
    """The canvas class of pyplot's backend: `plt.switch_backend` changes it, and restoring
    rcParams['backend'] alone does not switch pyplot back (later figures would draw on a PDF canvas)."""
    plt = _loaded("matplotlib.pyplot")
    if plt is None:
        return None
    # pyplot loads its backend at the first figure; load it now, or a first switch would go unseen
    backend = getattr(plt, "_backend_mod", None) or getattr(plt, "_get_backend_mod", lambda: None)()
    return getattr(backend, "FigureCanvas", None)


def _backend_restore(saved: Any) -> None:
    plt = _loaded("matplotlib.pyplot")
    module = saved.__module__
    prefix = "matplotlib.backends.backend_"
    plt.switch_backend(module[len(prefix):] if module.startswith(prefix) else f"module://{module}")


def _streams_capture() -> Any:
    return (sys.stdin, sys.stdout, sys.stderr)


def _streams_restore(saved: Any) -> None:
    sys.stdin, sys.stdout, sys.stderr = saved


# Standard file descriptors: what each refers to, and a duplicate of it to put it back from. A
# snippet that closes fd 1 (`os.close(1)`) or points it elsewhere (`os.dup2(devnull, 1)`) takes the
# terminal away from the rest of the run when pytest does not capture (`-s`): the summary is lost,
# and xdist's worker reported an INTERNALERROR. One duplicate per descriptor serves run after run,
# renewed when the descriptor is pointed elsewhere between runs (pytest's capture does so per test).
_STD_FDS = (0, 1, 2)
_FD_COPIES: dict[int, tuple[Any, int]] = {}


def _fd_identity(fd: int) -> Any:
    try:
        status = os.fstat(fd)
    except OSError:
        return None  # closed
    return status.st_dev, status.st_ino


def _fds_peek() -> Any:
    return tuple(map(_fd_identity, _STD_FDS))


def _fds_capture() -> Any:
    identities = _fds_peek()
    for fd, identity in zip(_STD_FDS, identities):
        held = _FD_COPIES.get(fd)
        if identity is not None and (held is None or held[0] != identity):
            if held is not None:
                os.close(held[1])
            _FD_COPIES[fd] = (identity, os.dup(fd))
    return identities


def _fds_restore(saved: Any) -> None:
    for fd, identity in zip(_STD_FDS, saved):
        held = _FD_COPIES.get(fd)
        if identity is not None and _fd_identity(fd) != identity and held is not None and held[0] == identity:
            os.dup2(held[1], fd)


def _threads_capture() -> Any:
    return frozenset(t.ident for t in threading.enumerate())


def _threads_restore(saved: Any) -> None:
    # a thread cannot be stopped from outside; a live new thread is reported as a leak
    return None


# Public namespaces a snippet might monkeypatch; compared by identity after every run.
WATCHED_MODULES = ("builtins", "numpy", "pandas", "matplotlib.pyplot", "seaborn", "scipy.stats", "scipy.signal", "scipy.optimize", "scipy.integrate", "math", "random", "os", "sys", "time")


def _modules_capture() -> Any:
    # dict.copy, not dict(...): a whole namespace at once, 8 times faster for numpy's
    return _Namespaces({name: vars(sys.modules[name]).copy() for name in WATCHED_MODULES if name in sys.modules})


def _modules_peek() -> Any:
    return _Namespaces({name: vars(sys.modules[name]) for name in WATCHED_MODULES if name in sys.modules})


def _unchanged(a: dict, b: dict) -> bool:
    """Fast path at C speed: the same names in the same order, bound to the same objects."""
    return len(a) == len(b) and all(map(operator.is_, a.values(), b.values())) and list(a) == list(b)


def _replaced(before: dict, now: dict) -> list[str]:
    """Public names bound in both to different objects (additions, like lazily loaded submodules, are fine)."""
    return [k for k, v in before.items() if k[:1] != "_" and k in now and now[k] is not v]


class _Namespaces(dict):
    """Module namespaces compared by the identity of their public objects (modules present in both)."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, dict):
            return False
        common = self.keys() & other.keys()
        return all(_unchanged(self[name], other[name]) or not _replaced(self[name], other[name]) for name in common)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]


def _modules_restore(saved: Any) -> None:
    for name, namespace in saved.items():
        module = sys.modules.get(name)
        if module is not None:
            for key in _replaced(namespace, vars(module)):
                setattr(module, key, namespace[key])


def _children_capture() -> Any:
    """PIDs of this process's live children (Linux /proc; empty elsewhere)."""
    # children started from the main thread (where snippets run); one small read
    try:
        with open(f"/proc/self/task/{os.getpid()}/children") as handle:
            pids = {int(p) for p in handle.read().split()}
    except OSError:
        return frozenset()
    return frozenset(p for p in pids if _alive(p))


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


def _children_restore(saved: Any) -> None:
    import signal as signals

    for pid in _children_capture() - saved:
        try:
            os.kill(pid, signals.SIGKILL)
            os.waitpid(pid, 0)
        except (OSError, ChildProcessError):
            continue


def _files_capture() -> Any:
    # names in the directory the run started from (restored first, see FACETS' order); dot-entries
    # are left out: tools sharing that directory (.mplconfig, .hypothesis caches) create them at any time
    try:
        return frozenset(name for name in os.listdir(".") if not name.startswith("."))
    except OSError:
        return frozenset()


def _files_restore(saved: Any) -> None:
    return None  # never delete: a file in the starting directory might be someone else's


FACETS: tuple[Facet, ...] = (
    Facet("working directory", _cwd_capture, _cwd_restore),
    Facet("files in the starting directory", _files_capture, _files_restore, silent=False),
    Facet("matplotlib rcParams", _rc_capture, _rc_restore, same=_rc_same),
    Facet("matplotlib backend", _backend_capture, _backend_restore),
    Facet("matplotlib units registry", _units_capture, _units_restore),
    Facet("pandas options", _pandas_capture, _pandas_restore, peek=_pandas_peek),
    Facet("numpy print options", _np_print_capture, _np_print_restore),
    Facet("numpy error state", _np_err_capture, _np_err_restore, silent=False),
    Facet("warnings filters", _warnings_capture, _warnings_restore, silent=False),
    Facet("os.environ", _environ_capture, _environ_restore, silent=False),
    Facet("sys.path", lambda: list(sys.path), _syspath_restore, silent=False),
    Facet("sys.modules['__main__']", lambda: sys.modules.get("__main__"), _main_restore, silent=False),
    Facet("standard streams", _streams_capture, _streams_restore),
    Facet("standard file descriptors", _fds_capture, _fds_restore, silent=False, peek=_fds_peek),
    Facet("signal handlers", _signals_capture, _signals_restore, silent=False),
    Facet("trace and profile functions", _hooks_capture, _hooks_restore, silent=False),
    Facet("interpreter settings", _interpreter_capture, _interpreter_restore),
    Facet("threads", _threads_capture, _threads_restore, silent=False),
    Facet("child processes", _children_capture, _children_restore, silent=False),
    Facet("library module attributes", _modules_capture, _modules_restore, silent=False, peek=_modules_peek),
)


# Unbounded library caches keyed by objects a run creates. An entry pins its key, and through it a
# snippet's whole figure, for the life of the process: memory that grows with every example, not a
# first-use cost. Matplotlib's `Artist.properties()` (called by seaborn's `move_legend` and
# categorical legends, and by `plt.getp`) memoizes `ArtistInspector.is_alias` on bound methods.
# Entries added during a run are released after it; recomputing one is a docstring lookup.
PINNING_CACHES = (("matplotlib.artist", "ArtistInspector", "is_alias"),)


def _pinning_caches() -> dict[str, Any]:
    found = {}
    for module, owner, name in PINNING_CACHES:
        cache = getattr(getattr(sys.modules.get(module), owner, None), name, None)
        if hasattr(cache, "cache_info") and hasattr(cache, "cache_clear"):
            found[f"{module}.{owner}.{name}"] = cache
    return found


def cache_sizes() -> dict[str, int]:
    return {key: cache.cache_info().currsize for key, cache in _pinning_caches().items()}


def release_pinning_caches(sizes: dict[str, int]) -> None:
    """Clear each pinning cache that grew since `sizes` was taken (one first imported meanwhile counts as grown)."""
    for key, cache in _pinning_caches().items():
        if cache.cache_info().currsize > sizes.get(key, 0):
            cache.cache_clear()


class StateGuard:
    """Snapshot every facet; `restore()` puts them back and returns the offences found."""

    def __init__(self, facets: tuple[Facet, ...] = FACETS) -> None:
        self.facets = facets
        self.saved = [f.capture() for f in facets]
        self.cache_sizes = cache_sizes()

    def restore(self) -> list[str]:
        """Restore every facet; return messages for offences (non-silent facets changed) and leaks (still differ).

        Also releases what library caches pinned during the run (see PINNING_CACHES)."""
        release_pinning_caches(self.cache_sizes)
        problems = []
        for facet, saved in zip(self.facets, self.saved):
            if saved is None:
                continue  # the library was first imported during the run: nothing to compare with
            if facet.unchanged(saved):
                continue
            if not facet.silent:
                problems.append(f"changed {facet.name}: {_describe(facet.name, saved, facet.current())}")
            try:
                facet.restore(saved)
            except Exception as exc:  # noqa: BLE001 - a broken restore is itself a leak to report
                problems.append(f"could not restore {facet.name}: {exc!r}")
                continue
            if facet.silent and not facet.unchanged(saved):
                problems.append(f"could not restore {facet.name}")
        return problems


def _differs(a: Any, b: Any) -> bool:
    if a is b:
        return False
    try:
        return bool(a != b)
    except Exception:  # noqa: BLE001 - numpy arrays in rcParams compare elementwise
        return True


def _describe(name: str, before: Any, after: Any) -> str:
    if name == "threads":
        live = [t.name for t in threading.enumerate() if t.ident not in before]
        return f"threads still running: {', '.join(live)}"
    if name == "files in the starting directory":
        return f"new: {', '.join(sorted(after - before)[:5])}; removed: {', '.join(sorted(before - after)[:5]) or 'none'}"
    if name == "standard file descriptors":
        changed = [f"fd {fd} {'closed' if now is None else 'points elsewhere'}" for fd, was, now in zip(_STD_FDS, before, after) if now != was]
        return f"{', '.join(changed)} (put back)"
    if name == "child processes":
        return f"child processes still running: {sorted(after - before)} (killed)"
    if name == "signal handlers":
        changed = [signal_name(sig) for sig, handler in before[0].items() if after[0].get(sig) != handler]
        if after[1] != before[1]:
            changed.append(f"blocked set: {', '.join(sorted(signal_name(sig) for sig in after[1] ^ before[1]))}")
        return ", ".join(changed)
    if name == "library module attributes":
        changed = [f"{module}.{key}" for module in before for key in _replaced(before[module], after.get(module, {}))]
        return f"replaced: {', '.join(changed[:5])}"
    if isinstance(before, dict) and isinstance(after, dict):
        keys = sorted({*before, *after} - {k for k in before if k in after and not _differs(before[k], after[k])})
        return ", ".join(f"{k}: {before.get(k)!r} -> {after.get(k)!r}" for k in keys[:5])
    if isinstance(before, list) and isinstance(after, list):
        return f"{len(before)} entries -> {len(after)} entries"
    return f"{before!r:.60} -> {after!r:.60}"
