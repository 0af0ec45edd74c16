"""Examples built in a test, through the same validation as an example file's record."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Any

from sciexamples.example import Example, example_from_fields


def ex(*, id: str, task: str, code: str, checks: Iterable[str], **fields: Any) -> Example:
    """An example; `code` may be indented (it is dedented and given one trailing newline)."""
    fields.setdefault("inputs", {})
    fields.setdefault("tags", [])
    return example_from_fields(id=id, task=" ".join(task.split()), code=textwrap.dedent(code).strip("\n") + "\n", checks=list(checks), **fields)
