"""What a snippet prints, and the standard streams it sees: its output is kept up to a limit, and the
real streams it reaches can't be closed."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, Self

# What a run keeps of a snippet's printed output. A snippet that prints in a loop until its time
# limit fills 3.4 GB of memory in 2 s, and the run would end while pytest printed it in the report.
OUTPUT_LIMIT = 100_000


class CappedOutput(io.StringIO):
    """The snippet's stdin and stdout: `sys.stdout.close()` keeps what it printed, for the report;
    what is written past OUTPUT_LIMIT characters is counted (`dropped`), not kept. (Its stderr stays
    pytest's: `faulthandler` and child processes need a real descriptor there. What reaches a
    descriptor is bounded by `file_growth_limited`.)"""

    dropped = 0  # set on the instance once something is dropped

    def write(self, text: str) -> int:
        written, room = len(text), max(OUTPUT_LIMIT - self.tell(), 0)
        if written > room:
            self.dropped += written - room
            text = text[:room]
        super().write(text)
        return written

    def text_kept(self) -> str:
        """What was written, and a last line saying how much was not kept, if any."""
        text = self.getvalue()
        return f"{text}\n[... {self.dropped:,} more characters not kept]" if self.dropped else text

    def close(self) -> None:
        return None


class UnclosableStream:
    """A real standard stream as a snippet sees it (`sys.stderr`, `sys.__stdout__`, `sys.__stderr__`):
    everything goes through to the stream but `close`, which only flushes it. Closed for real,
    `sys.stderr` (pytest's capture of the run) would end a `-n 0` session with "lost sys.stderr" and
    fail the next example under xdist; `sys.__stdout__` (pytest's terminal) would end it with
    `ValueError: I/O operation on closed file` and no summary."""

    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        object.__setattr__(self, "_stream", stream)

    def __getattr__(self, name: str) -> Any:
        value = getattr(object.__getattribute__(self, "_stream"), name)
        # the binary stream beneath: `sys.stderr.buffer.close()` would close the stream, with the
        # same end as closing the text stream
        return UnclosableStream(value) if name in ("buffer", "raw") and value is not None else value

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._stream, name, value)

    def __iter__(self) -> Iterator[str]:
        return iter(self._stream)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stream.flush()

    def detach(self) -> UnclosableStream:
        """The binary stream beneath, kept; the text stream stays usable for the runs after."""
        return self.buffer


def unclosable(stream: Any) -> Any:
    """`stream` as a snippet may see it: closing it only flushes it (None stays None)."""
    return stream if stream is None else UnclosableStream(stream)
