"""What one run reports: its status, message, details and what it printed, warned and drew."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PASSED, FAILED, ERROR, TIMEOUT = "passed", "failed", "error", "timeout"


@dataclass
class WarningRecord:
    category: str
    message: str
    filename: str
    lineno: int
    from_snippet: bool
    mro: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"snippet line {self.lineno}" if self.from_snippet else f"{self.filename}:{self.lineno}"
        return f"{self.category}: {self.message} ({where})"


@dataclass
class Outcome:
    """What happened when one example ran."""

    example_id: str
    status: str
    message: str = ""
    details: list[str] = field(default_factory=list)
    stdout: str = ""
    warnings: list[WarningRecord] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    duration: float = 0.0
    snippet_seconds: float = 0.0  # of `duration`: running the snippet and drawing its figures
    failed_check: str | None = None
    snippet_line: int | None = None
    exception_types: tuple[str, ...] = ()  # class names along the MRO of what the snippet raised
    figure_files: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status == PASSED

    def report(self, code: str) -> str:
        """A human-readable account: status, message, snippet with the failing line marked, details."""
        lines = [f"example {self.example_id}: {self.status.upper()}: {self.message}"]
        if self.snippet_line is not None:
            lines.append("")
            lines.append(numbered_snippet(code, self.snippet_line))
        if self.details:
            lines.append("")
            lines.extend(self.details)
        return "\n".join(lines)


def numbered_snippet(code: str, mark: int | None = None) -> str:
    out = []
    for n, text in enumerate(code.splitlines(), start=1):
        pointer = ">" if n == mark else " "
        out.append(f"{pointer}{n:4d} | {text}")
    return "\n".join(out)
