"""This process's own files under /proc, read cheaply."""

from __future__ import annotations

import os
from typing import Any

from .process import fd_identity


def read_small_file(path: str) -> str:
    """A small /proc file's text (os.read: a third of what open() costs)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return os.read(fd, 65536).decode()
    finally:
        os.close(fd)


_OPEN_PROC_FILES: dict[str, tuple[int, int, Any]] = {}  # by path: (the pid that opened it, its fd, what the fd refers to)


def read_proc_self(path: str) -> str:
    """This process's own /proc file `path` (relative to /proc/<pid>/), read again each call through one
    descriptor kept open: a read at offset 0 makes the kernel produce the text afresh. This runs twice
    a run for the children, and per example for the ledger's memory: opening the file takes 4-40 us of
    it (the most right after a snippet), a read on the kept descriptor 0.5-2 us. The file is opened
    again in a forked child (it would read its parent's) and when the descriptor was closed or now
    refers to something else (a snippet can't close it: it is open before the snippet runs, see
    execute.refusals.harmful_calls_refused, but C code could)."""
    pid = os.getpid()
    held = _OPEN_PROC_FILES.get(path)
    if held is not None and held[0] == pid and fd_identity(held[1]) == held[2]:
        try:
            return os.pread(held[1], 65536, 0).decode()
        except OSError:
            os.close(held[1])
    fd = os.open(f"/proc/{pid}/{path}", os.O_RDONLY | os.O_CLOEXEC)
    _OPEN_PROC_FILES[path] = (pid, fd, fd_identity(fd))
    return os.pread(fd, 65536, 0).decode()
