"""The coverage plan (`coverage_plan.toml`) filled in with the examples: library x API area x task
type x difficulty, the empty cells, and the everyday APIs no example calls.

    python -m sciexamples.coverage                  # every planned cell of the shipped data, empty ones marked
    python -m sciexamples.coverage --empty          # only the empty cells, one per line
    python -m sciexamples.coverage --examples examples   # the example files instead of data/
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .analysis import api_symbols, base_classes
from .example import DIFFICULTIES, DatasetError, Example, load_examples
from .task_types import task_type

PLAN_FILE = Path(__file__).with_name("coverage_plan.toml")


@dataclass(frozen=True)
class Area:
    library: str  # the example folder: pandas, sklearn, stats, ...
    name: str
    apis: tuple[str, ...]
    task_types: tuple[str, ...]
    difficulties: tuple[str, ...]

    def holds(self, symbols: Iterable[str]) -> bool:
        return any(_covers(api, symbol) for symbol in symbols for api in self.apis)


@dataclass(frozen=True)
class Plan:
    areas: tuple[Area, ...]
    everyday: dict[str, tuple[str, ...]]  # group -> entries ("a | b": either counts)


def _covers(api: str, symbol: str) -> bool:
    return symbol == api or symbol.startswith(api + ".")


@lru_cache(maxsize=4)
def load_plan(path: Path = PLAN_FILE) -> Plan:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read the coverage plan: {exc}") from None
    defaults = table.pop("defaults", {})
    everyday = {group: tuple(entries) for group, entries in table.pop("everyday", {}).items()}
    areas = []
    for library, library_areas in table.items():
        for name, spec in library_areas.items():
            areas.append(Area(
                library, name, tuple(spec["apis"]),
                tuple(spec.get("task_types", defaults.get("task_types", ("code",)))),
                tuple(spec.get("difficulties", defaults.get("difficulties", DIFFICULTIES))),
            ))
    return Plan(tuple(areas), everyday)


@dataclass
class Filled:
    """How the examples fill the plan."""

    plan: Plan
    cells: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)  # (library, area, task type, difficulty) -> examples
    unplaced: list[str] = field(default_factory=list)  # ids of examples in none of their folder's areas
    everyday_missing: dict[str, list[str]] = field(default_factory=dict)

    def planned(self) -> list[tuple[str, str, str, str]]:
        return [(a.library, a.name, t, d) for a in self.plan.areas for t in a.task_types for d in a.difficulties]

    def empty(self) -> list[tuple[str, str, str, str]]:
        return [cell for cell in self.planned() if not self.cells[cell]]

    def everyday_counts(self) -> tuple[int, int]:
        total = sum(len(entries) for entries in self.plan.everyday.values())
        return total - sum(len(m) for m in self.everyday_missing.values()), total


def fill(examples: Sequence[Example], plan: Plan | None = None) -> Filled:
    plan = plan or load_plan()
    filled = Filled(plan)
    every_symbol: set[str] = set()
    for example in examples:
        symbols = api_symbols(example.code) | base_classes(example.code)  # what it calls, and the classes it builds on
        every_symbol |= symbols
        areas = [a for a in plan.areas if a.library == example.folder and a.holds(symbols)]
        if not areas:
            filled.unplaced.append(example.id)
        for area in areas:
            filled.cells[(area.library, area.name, task_type(example), example.difficulty)] += 1
    for group, entries in plan.everyday.items():
        missing = [e for e in entries if not any(_covers(api.strip(), s) for api in e.split("|") for s in every_symbol)]
        if missing:
            filled.everyday_missing[group] = missing
    return filled


def summary_lines(examples: Sequence[Example]) -> list[str]:
    """The generator's summary of the plan: cells filled, everyday APIs covered, examples outside it."""
    filled = fill(examples)
    planned = filled.planned()
    done, total = filled.everyday_counts()
    lines = [
        f"coverage plan (library x API area x task type x difficulty): {len(planned) - len(filled.empty())} of {len(planned)} planned cells "
        f"hold an example; `python -m sciexamples.coverage` lists the empty ones",
        f"everyday APIs used: {done} of {total}" + ("" if done == total else f"; missing: {_abridged(m.split('|')[0].strip() for ms in filled.everyday_missing.values() for m in ms)}"),
    ]
    if filled.unplaced:
        lines.append(f"examples in none of their folder's planned areas: {len(filled.unplaced)} ({_abridged(filled.unplaced, 3)})")
    return lines


def _abridged(names: Iterable[str], shown: int = 6) -> str:
    names = list(names)
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def table_lines(filled: Filled) -> list[str]:
    """One markdown table per library: areas by task type, each cell `basic/intermediate/advanced` counts, `-` where planned and empty."""
    lines = []
    libraries = list(dict.fromkeys(a.library for a in filled.plan.areas))
    types = list(dict.fromkeys(t for a in filled.plan.areas for t in a.task_types))
    for library in libraries:
        areas = [a for a in filled.plan.areas if a.library == library]
        lines += [f"## {library}", "", "| area | " + " | ".join(types) + " |", "|---|" + "---|" * len(types)]
        for area in areas:
            row = []
            for kind in types:
                if kind not in area.task_types:
                    row.append(" ")
                    continue
                counts = [filled.cells[(library, area.name, kind, d)] for d in area.difficulties]
                row.append("/".join(str(c) if c else "-" for c in counts))
            lines.append(f"| {area.name} | " + " | ".join(row) + " |")
        lines.append("")
    done, total = filled.everyday_counts()
    lines.append(f"Cells: basic/intermediate/advanced counts, `-` a planned cell with no example, blank not planned. Everyday APIs used: {done} of {total}.")
    for group, missing in filled.everyday_missing.items():
        lines.append(f"- {group} missing: {', '.join(missing)}")
    if filled.unplaced:
        lines.append(f"- examples in none of their folder's areas ({len(filled.unplaced)}): {', '.join(filled.unplaced)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.coverage", description="The coverage plan filled in with the examples.")
    parser.add_argument("--data", type=Path, default=Path("data"), help="the dataset folder whose training and validation files are read (default: data)")
    parser.add_argument("--examples", type=Path, help="read the example files of this folder instead of the dataset files")
    parser.add_argument("--empty", action="store_true", help="list only the empty planned cells, one per line")
    args = parser.parse_args(argv)
    try:
        if args.examples:
            from .example_file import read_examples

            examples = read_examples(args.examples)
        else:
            examples = [e for name in ("training_examples.json", "validation_examples.json") for e in load_examples(args.data / name)]
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    filled = fill(examples)
    if args.empty:
        for cell in filled.empty():  # none empty: no output at all, not an empty line
            print(" x ".join(cell))
    else:
        print("\n".join(table_lines(filled)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
