"""The verdict on a run that finished: its checks, the warnings its own code raised, and what it printed."""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from typing import Any

from ..checks import check_namespace, explain_check
from ..example import Example
from .exceptions import exception_text
from .interrupts import raised_by_snippet
from .outcome import ERROR, FAILED, Outcome, WarningRecord


def warning_records(caught: list[warnings.WarningMessage], filename: str) -> list[WarningRecord]:
    return [
        WarningRecord(w.category.__name__, str(w.message), *_warning_origin(w, filename), tuple(cls.__name__ for cls in w.category.__mro__))
        for w in caught
    ]


def _warning_origin(w: warnings.WarningMessage, filename: str) -> tuple[str, int, bool]:
    """File, line and whether the snippet's own code raised it. "coroutine 'f' was never awaited" comes
    when the namespace is dropped, from the harness's frame: it is the snippet's when the coroutine's
    code is (its `async def` line)."""
    code = getattr(w.source, "cr_code", None)
    if code is not None and code.co_filename == filename:
        return filename, code.co_firstlineno, True
    return w.filename, w.lineno, w.filename == filename


FUTURE_WARNINGS = ("DeprecationWarning", "PendingDeprecationWarning", "FutureWarning")


def _is_deprecation(record: WarningRecord) -> bool:
    return any(name in FUTURE_WARNINGS for name in record.mro)


def _declared(record: WarningRecord, declared: tuple[str, ...], strict_future: bool) -> bool:
    if strict_future and _is_deprecation(record):
        return False  # training data must teach the API that will still exist next year
    return any(name in declared for name in record.mro)


def evaluate_checks(example: Example, namespace: dict[str, Any], outcome: Outcome, interrupts: list[int], inputs_as_given: Mapping[str, Any] | None = None) -> None:
    try:
        env = check_namespace(namespace, inputs_as_given)
    except Exception as exc:  # noqa: BLE001 - `sys.modules["pandas"] = None` breaks the helpers' imports
        outcome.status = ERROR
        outcome.message = f"the checks could not run: {type(exc).__name__}: {exc}"
        return
    for index, check in enumerate(example.checks):
        try:
            ok = bool(eval(example.compiled(index), env))
            problem = "" if ok else "evaluated to false"
        except BaseException as exc:  # a check that raises is a failed check
            if not raised_by_snippet(exc, interrupts):
                raise
            ok, problem = False, f"raised {exception_text(exc)}"
        if not ok:
            outcome.status = FAILED
            outcome.failed_check = check
            outcome.message = f"check {index} {problem}: {check}"
            try:
                outcome.details = explain_check(check, env)
            except BaseException as exc:  # the values' own __repr__ may raise anything
                if not raised_by_snippet(exc, interrupts):
                    raise
                outcome.details = [f"(the values could not be shown: {type(exc).__name__})"]
            return


def judge_warnings_and_output(example: Example, outcome: Outcome, strict_future: bool) -> None:
    offending = [w for w in outcome.warnings if w.from_snippet and not _declared(w, example.warns, strict_future)]
    if offending:
        outcome.status = FAILED
        outcome.message = f"the snippet's own code raised {len(offending)} undeclared warning(s): {offending[0]}"
        outcome.snippet_line = offending[0].lineno
        outcome.details = [str(w) for w in offending]
        return
    missing = [name for name in example.warns if not any(name in w.mro for w in outcome.warnings)]
    if missing:
        outcome.status = FAILED
        outcome.message = f"declared warning(s) not raised: {', '.join(missing)}"
        return
    if example.stdout is not None and not re.search(example.stdout, outcome.stdout, re.MULTILINE):
        outcome.status = FAILED
        outcome.message = f"printed output does not match the expected pattern {example.stdout!r}"
        outcome.details = ["captured output:", *outcome.stdout.splitlines()[:20]]
