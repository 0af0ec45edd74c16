"""Calibrate `edge_cases` for catalog examples that do not set it: the widest spec that holds.

    python -m sciexamples.calibrate [--jobs 2]

For each example whose inputs all have edge-case strategies, try the kind's full strategy, then
narrower specs; record the first that passes on the CI profile's inputs in
`sciexamples/catalog/edge_cases.toml`, or a skip whose reason is the failure seen on the narrowest
spec. An example's own `edge_cases` in its catalog module always wins over this table.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

LEVELS: list[dict] = [
    {},
    {"constant": False, "scale": False},
    {"constant": False, "scale": False, "min_size": 10, "index": False, "extra_columns": False, "one_level": False, "noise_only": False},
    {"constant": False, "scale": False, "min_size": 30, "index": False, "extra_columns": False, "one_level": False, "noise_only": False},
]
TABLE = Path(__file__).parent / "catalog" / "edge_cases.toml"


def _level_index(spec: dict) -> int:
    """Where a recorded spec sits in LEVELS (a skip is past the last)."""
    return len(LEVELS) if "skip" in spec else next((i for i, level in enumerate(LEVELS) if level == spec), 0)


def _calibrate_one(job: tuple[str, int]) -> tuple[str, dict]:
    from .catalog import build_catalog
    from .edge import run_edge_cases
    from .fixtures import default_registry

    example_id, start = job
    registry = default_registry()
    example = next(e for e in build_catalog(apply_edge_table=False) if e.id == example_id)
    message = "narrower on another library version"
    for level in LEVELS[start:]:
        trial = replace(example, edge_cases=level or True)
        result = run_edge_cases(trial, registry, profile="calibrate")
        if result.passed:
            return example_id, level
        message = result.report.splitlines()[0].split(": ", 2)[-1][:160]
    return example_id, {"skip": f"fails on generated inputs even when narrowed: {message}"}


def _load_table() -> dict[str, dict]:
    import tomllib

    return tomllib.loads(TABLE.read_text(encoding="utf-8")) if TABLE.exists() else {}


def main(argv: list[str] | None = None) -> int:
    from tqdm import tqdm

    from .catalog import MODULES, build_catalog
    from .example import unmet_requirements
    from .fixtures import default_registry

    parser = argparse.ArgumentParser(prog="python -m sciexamples.calibrate", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", nargs="+", metavar="MODULE", help="recalibrate only these catalog modules; keep the rest of the table")
    parser.add_argument("--no-wider", action="store_true", help="never widen what the table holds: run in the other pin set's environment so the spec holds on both")
    args = parser.parse_args(argv)
    registry = default_registry()
    modules = args.only or MODULES
    # examples this environment can't run keep what the table says (calibrate them where they run)
    todo = [
        e.id for e in build_catalog(modules, apply_edge_table=False)
        if e.edge_cases is None and registry.has_strategy(e.inputs) and not unmet_requirements(e)
    ]
    known = {e.id for e in build_catalog(apply_edge_table=False)}
    table = _load_table()
    # what the table holds for catalog examples stays unless this run recalibrates it
    results: dict[str, dict] = {k: v for k, v in table.items() if k in known}
    starts = {i: _level_index(table[i]) if args.no_wider and i in table else 0 for i in todo}
    todo = [i for i in todo if starts[i] < len(LEVELS)]
    # spawn, not fork: a forked worker inherits this process's Hypothesis state and then draws other
    # inputs than a fresh gate process would, so the calibration would not hold in the gate
    with ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for example_id, spec in tqdm(pool.map(_calibrate_one, [(i, starts[i]) for i in todo]), total=len(todo), desc="calibrating"):
            results[example_id] = spec
    lines = ["# Written by `python -m sciexamples.calibrate`: edge_cases for catalog examples that do not set their own.", ""]
    for example_id in sorted(results):
        spec = results[example_id]
        body = ", ".join(f"{k} = {json.dumps(v)}" for k, v in spec.items())
        lines.append(f'"{example_id}" = {{ {body} }}')
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    skipped = sum("skip" in s for s in results.values())
    print(f"calibrated {len(results)} examples: {len(results) - skipped} with edge cases, {skipped} skipped -> {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
