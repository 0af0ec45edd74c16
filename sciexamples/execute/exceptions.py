"""How an exception a snippet raised is reported: the snippet line it came from, a trimmed
traceback, and a message of bounded length."""

from __future__ import annotations

import traceback

from .limits import ExampleTimeout


def snippet_frames(exc: BaseException, filename: str) -> tuple[int | None, list[str]]:
    """The snippet line where `exc` was raised (innermost snippet frame) and a trimmed traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    line = None
    keep = []
    for i, frame in enumerate(frames):
        if frame.filename == filename:
            line = frame.lineno
            keep = frames[i:]
    shown = [s.rstrip("\n") for s in traceback.format_list(keep[-6:])] if keep else []
    return line, [*shown, *exception_lines(exc)]


def exception_lines(exc: BaseException) -> list[str]:
    """The traceback's last lines for `exc` (`Type: message`), each bounded."""
    return [_bounded(s.rstrip("\n")) for s in traceback.format_exception_only(type(exc), exc)]


MESSAGE_LIMIT = 2_000


def _bounded(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text`, or its first `limit` characters and how many more there were: a snippet's exception
    message of 200 million characters would otherwise make a report of 400 MB and 1.6 GB resident."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit:,} more characters not shown)"


def exception_text(exc: BaseException) -> str:
    """`Type: message` (`Type` alone for an empty message), bounded; a note where the snippet's
    exception can't say what it is (a `__str__` that raises would otherwise make the harness's own
    traceback the report)."""
    try:
        said = str(exc)
    except ExampleTimeout:
        raise
    except BaseException as error:  # noqa: BLE001 - whatever a snippet's __str__ raises
        said = f"<str() of the exception raised {type(error).__name__}>"
    return type(exc).__name__ + (f": {_bounded(said)}" if said else "")


def raised_as_expected(exc: BaseException, expected: str) -> bool:
    """Whether `exc` is of the class the record expects the snippet to raise (by name or dotted name, along its MRO)."""
    return any(cls.__name__ == expected or f"{cls.__module__}.{cls.__qualname__}" == expected for cls in type(exc).__mro__)
