"""Lint and format the example files with ruff, each snippet's named inputs declared.

    python -m sciexamples.lint [--fix] [EXAMPLES]

A snippet reads its inputs (`values`, `trial`, ...) without defining them: the harness does. Ruff
is told them as builtins, file by file (files with the same inputs share one ruff run), so an
undefined name is still an error everywhere else. The rules and the line length are in
`examples/ruff.toml`. `--fix` applies ruff's safe fixes and formats the files; without it, the
command only checks. Exit status 1 when ruff finds anything, 2 on a broken example file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from .example import DatasetError
from .example_file import read_example_file, solution_files


def _ruff(*args: str) -> int:
    return subprocess.run([sys.executable, "-m", "ruff", *args], check=False).returncode


def files_by_inputs(root: Path) -> dict[tuple[str, ...], list[str]]:
    """The example files under `root`, grouped by the names of the inputs they declare."""
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for path, alternatives in solution_files(root).items():
        names = tuple(sorted(read_example_file(path, root, alternatives).get("inputs", {})))
        groups[names] += [str(path), *map(str, alternatives)]  # an alternative reads the same inputs
    return dict(sorted(groups.items()))


def lint(root: Path, fix: bool = False) -> int:
    """Ruff's check (and, with `fix`, its fixes and formatting) over every example file: 0 when clean."""
    groups = files_by_inputs(root)
    status = 0
    for names, files in groups.items():
        builtins = f"builtins = {json.dumps(list(names))}"
        status |= _ruff("check", "--no-cache", "--quiet", "--config", builtins, *(["--fix"] if fix else []), *files)
    every = [file for files in groups.values() for file in files]
    status |= _ruff("format", "--no-cache", "--quiet", *([] if fix else ["--check"]), *every)
    return 1 if status else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.lint", description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="?", type=Path, default=Path("examples"), help="the folder of example files (default: examples)")
    parser.add_argument("--fix", action="store_true", help="apply ruff's safe fixes and format the files")
    args = parser.parse_args(argv)
    try:
        status = lint(args.examples, fix=args.fix)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("example files: ruff finds nothing" if status == 0 else "example files: see ruff's findings above", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
