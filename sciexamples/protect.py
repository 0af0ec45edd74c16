"""Writes into the project refused while a snippet runs.

A snippet runs in an empty working directory of its own; the directory the run started from (the
project: the dataset, the code, the tests) is not its to change. While a snippet runs, the functions
that write, create, remove, rename or change files are stand-ins (`open`, `io.open`, `os.open`,
`os.remove`, `shutil.rmtree`, ...: `_STAND_INS`). `pathlib` and the savers of NumPy, pandas,
Matplotlib and Pillow go through them. A call aimed inside the starting directory but outside the
snippet's own working directory raises PermissionError before anything is written, and is recorded,
so the example fails even if the snippet catches the error. Refusing it, rather than reporting it
afterwards, also keeps the blame right under xdist: a file that never appears can't be taken by
another worker's run for something its own snippet left.

Hidden directories (`.hypothesis`, `.mplconfig`) and `__pycache__` are left to the tools that write
them. What goes around these functions (a child process, `io.FileIO`, C code writing by itself) is
still caught afterwards by the state guard's listing of the starting directory (top level only).

Stand-ins, not an audit hook (`sys.addaudithook`): a hook can't be removed, and it is called for
every audited event in the process, `id()` included. The corpus makes about a million such calls
(`copy.deepcopy`, Matplotlib's transforms), and a Python hook adds about 0.3 us to each: 0.3 s per
pass over the corpus, against about 10 us per run for the stand-ins.

Output a snippet writes to file descriptor 1 or 2 itself (`os.write`, C code, a child process) passes
by the run's `sys.stdout`; under pytest's capture it lands in a temporary file, which pytest reads
back whole after the test. A loop doing so until its time limit grew that file by gigabytes, and the
hard stop ended the run while pytest read it. So while a snippet runs, no file may grow more than
FILE_GROWTH_LIMIT bytes past the end of the standard output and error files (`file_growth_limited`).
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

# (project directory with a trailing separator, directories allowed inside it, refused calls) while a
# snippet runs; empty otherwise
_ACTIVE: list[Any] = []


def _absolute(target: Any, dir_fd: int | None = None) -> str | None:
    if isinstance(target, int) or target is None:
        return None  # a descriptor: what it refers to was opened (and checked) before
    try:
        path = os.fsdecode(target)
        if dir_fd is not None and not os.path.isabs(path):
            path = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), path)
        return os.path.abspath(path)
    except (TypeError, ValueError, OSError):
        return None


def _protected(path: str) -> bool:
    root, allowed, _ = _ACTIVE
    path += os.sep  # the directories themselves too (`os.rmdir(os.getcwd())` is the snippet's own business)
    if not path.startswith(root) or path.startswith(allowed):
        return False
    return not any(part.startswith(".") or part == "__pycache__" for part in path[len(root):].split(os.sep))


def _check(how: str, targets: tuple, dir_fd: int | None = None) -> None:
    for target in targets:
        path = _absolute(target, dir_fd)
        if path is not None and _protected(path):
            _ACTIVE[2].append(f"{how} {path}")
            raise PermissionError(errno.EACCES, f"refused by the harness: {how} inside the project, outside the snippet's working directory", path)


def _changes(how: str, real: Callable, positions: tuple[int, ...]) -> Callable:
    def stand_in(*args: Any, **kwargs: Any) -> Any:
        if _ACTIVE:
            _check(how, tuple(args[i] for i in positions if i < len(args)), kwargs.get("dir_fd", kwargs.get("dst_dir_fd")))
        return real(*args, **kwargs)

    stand_in.__wrapped__ = real  # type: ignore[attr-defined]
    return stand_in


def _opener(how: str, real: Callable) -> Callable:
    def stand_in(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if _ACTIVE and any(c in mode for c in "wax+"):
            _check(how, (file,))
        return real(file, mode, *args, **kwargs)

    stand_in.__wrapped__ = real  # type: ignore[attr-defined]
    return stand_in


def _os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
    if _ACTIVE and flags & _WRITE_FLAGS:
        _check("os.open", (path,), kwargs.get("dir_fd"))
    return _REAL_OS_OPEN(path, flags, *args, **kwargs)


_REAL_OS_OPEN = os.open
_CHANGES = {
    os: {"remove": (0,), "unlink": (0,), "rmdir": (0,), "mkdir": (0,), "rename": (0, 1), "replace": (0, 1), "link": (1,),
         "symlink": (1,), "truncate": (0,), "chmod": (0,), "chown": (0,), "utime": (0,)},
    shutil: {"rmtree": (0,), "copyfile": (1,), "copymode": (1,), "copystat": (1,)},
}
# (module, name, stand-in, real)
_STAND_INS: tuple[tuple[Any, str, Callable, Callable], ...] = (
    (builtins, "open", _opener("open", builtins.open), builtins.open),
    (io, "open", _opener("io.open", io.open), io.open),
    (os, "open", _os_open, _REAL_OS_OPEN),
    *((module, name, _changes(f"{module.__name__}.{name}", getattr(module, name), positions), getattr(module, name))
      for module, names in _CHANGES.items() for name, positions in names.items() if hasattr(module, name)),
)


def swap_in(stand_ins: tuple[tuple[Any, str, Callable, Callable], ...]) -> None:
    """Set every (module, name, stand-in, real) entry's stand-in (the refusals in `execute.refusals` and `execute.exit_handlers` use this too)."""
    for module, name, stand_in, _ in stand_ins:
        setattr(module, name, stand_in)


def put_back(stand_ins: tuple[tuple[Any, str, Callable, Callable], ...]) -> None:
    """The real functions again."""
    for module, name, _, real in stand_ins:
        setattr(module, name, real)


@contextmanager
def writes_refused(root: str | None, scratch: str) -> Iterator[list[str]]:
    """While the block runs, refuse changes inside `root` outside `scratch` (and outside the temporary
    directory, should TMPDIR lie inside the project); yields what was refused.

    No protection when `root` is unknown or the file system's root (a run started from `/`). A process
    the snippet forks keeps the stand-ins: its writes into the project are refused as well."""
    refused: list[str] = []
    if not root or os.path.dirname(root) == root:
        yield refused
        return
    root = root.rstrip(os.sep) + os.sep
    allowed = tuple(directory.rstrip(os.sep) + os.sep for directory in (scratch, tempfile.gettempdir()))
    # the temporary directory only when it lies inside the project, not when the project lies in it
    _ACTIVE[:] = [root, tuple(d for d in allowed if d != root and not root.startswith(d)), refused]
    swap_in(_STAND_INS)
    try:
        yield refused
    finally:
        _ACTIVE.clear()
        put_back(_STAND_INS)


FILE_GROWTH_LIMIT = 16 * 2**20


@contextmanager
def file_growth_limited(budget: int = FILE_GROWTH_LIMIT) -> Iterator[None]:
    """While the block runs, writing more than `budget` bytes past the end of the larger of the
    standard output and error files (when they are files), into them or into any other file, fails
    with OSError (EFBIG) instead of growing the file (RLIMIT_FSIZE, with SIGXFSZ ignored meanwhile:
    by default it ends the process). Processes started meanwhile inherit both. A no-op outside the
    main thread, which alone may set signal handlers, and where the limit is lower already."""
    if resource is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    limit = max(_file_size(1), _file_size(2)) + budget
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        yield
        return
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def _file_size(fd: int) -> int:
    """The size of the regular file open on `fd`; 0 for a terminal, a pipe, or nothing."""
    try:
        info = os.fstat(fd)
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0
