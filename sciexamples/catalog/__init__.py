"""The catalog: thematic modules of examples; `build_catalog()` assembles them in a fixed order."""

from __future__ import annotations

import importlib
import textwrap
import tomllib
from dataclasses import replace
from pathlib import Path
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


EDGE_TABLE = Path(__file__).with_name("edge_cases.toml")


def _edge_table() -> dict[str, Any]:
    if not EDGE_TABLE.exists():
        return {}
    return tomllib.loads(EDGE_TABLE.read_text(encoding="utf-8"))


def build_catalog(modules: Iterable[str] = MODULES, apply_edge_table: bool = True) -> list[Example]:
    """Every catalog example, module by module, in the order each module yields them.

    Examples that set no `edge_cases` take theirs from `edge_cases.toml`.
    """
    table = _edge_table() if apply_edge_table else {}
    examples: list[Example] = []
    for name in modules:
        module = importlib.import_module(f"{__name__}.{name}")
        for example in module.examples():
            if example.edge_cases is None and example.id in table:
                spec = table[example.id]
                example = replace(example, edge_cases=spec if spec else True)
            examples.append(example)
    return examples
