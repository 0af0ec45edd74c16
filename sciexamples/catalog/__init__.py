"""The catalog: thematic modules of examples; `build_catalog()` assembles them in a fixed order."""

from __future__ import annotations

import importlib
import textwrap
from collections.abc import Iterable
from typing import Any

from ..example import Example, example_from_fields

# One module per theme; each defines `examples() -> Iterable[Example]`.
MODULES = (
    "matplotlib_plots",
    "seaborn_plots",
    "stats",
    "integrate_optimize",
    "signal_processing",
    "pandas_ops",
    "sklearn_ml",
    "parallel",
)


def ex(*, id: str, task: str, code: str, checks: Iterable[str], **fields: Any) -> Example:
    """Build a catalog example; `code` may be indented (it is dedented and given one trailing newline)."""
    fields.setdefault("inputs", {})
    fields.setdefault("tags", [])
    return example_from_fields(
        id=id,
        task=" ".join(task.split()),
        code=textwrap.dedent(code).strip("\n") + "\n",
        checks=list(checks),
        **fields,
    )


def build_catalog(modules: Iterable[str] = MODULES) -> list[Example]:
    """Every catalog example, module by module, in the order each module yields them."""
    examples: list[Example] = []
    for name in modules:
        module = importlib.import_module(f"{__name__}.{name}")
        examples.extend(module.examples())
    return examples
