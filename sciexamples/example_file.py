"""The example file: a snippet whose record sits in a TOML block in its leading comments.

    # /// example
    # task = '''
    # Smooth `signal` ... \\
    # ... store it in `smoothed`.'''
    # domain = "signal_processing"
    # ...
    # ///
    import numpy as np
    ...

The block follows the inline-metadata style of PEP 723 (`# /// <type>` ... `# ///`, every line
`#` or `# ` plus TOML). The file's body after the block is the record's `code`, byte for byte;
its id is its path under the examples folder (`examples/signal/detrend_drift.py` is
`signal.detrend_drift`, `examples/mpl/style_context/classic.py` is `mpl.style_context.classic`).
Other correct solutions sit beside it as `detrend_drift.alt1.py`, `detrend_drift.alt2.py`, ...: the
record's `alternatives`, in that order.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .example import FIELD_ORDER, DatasetError, Example, load_examples, validate_record

BLOCK = "example"
# PEP 723's reference expression, for a block of type `example`
_BLOCK_RE = re.compile(r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$")
HEADER_FIELDS = tuple(f for f in FIELD_ORDER if f not in ("id", "code", "alternatives"))
# `<name>.alt<N>.py` beside `<name>.py`: another correct solution, the snippet alone
_ALTERNATIVE = re.compile(r"(?P<name>[^.]+)\.alt(?P<number>[1-9][0-9]*)\.py")
_WIDTH = 96


def example_id(path: Path, root: Path) -> str:
    """`<folder>.<name>` for `root/<folder>/<name>.py`."""
    relative = path.relative_to(root)
    return ".".join((*relative.parent.parts, relative.stem))


def parse_example_file(text: str, where: str) -> tuple[dict[str, Any], str]:
    """The header's fields and the code of an example file's text; DatasetError names `where`."""
    match = _BLOCK_RE.search(text)
    if match is None or match.group("type") != BLOCK or text[: match.start()].strip():
        raise DatasetError(f"{where}: an example file starts with a `# /// {BLOCK}` ... `# ///` comment block")
    toml = "".join(line[2:] if line.startswith("# ") else line[1:] for line in match.group("content").splitlines(keepends=True))
    try:
        header = tomllib.loads(toml)
    except tomllib.TOMLDecodeError as exc:
        line = text[: match.start()].count("\n") + 2
        raise DatasetError(f"{where}: the `# /// {BLOCK}` block is not valid TOML ({exc}); it starts at line {line}") from None
    unknown = sorted(set(header) - set(HEADER_FIELDS))
    if unknown:
        hint = " (the id is the file's path)" if "id" in unknown else " (the code is the file's body)" if "code" in unknown else ""
        raise DatasetError(f"{where}: unknown field(s) in the header: {', '.join(unknown)}{hint}; allowed: {', '.join(HEADER_FIELDS)}")
    body = text[match.end() :]
    if not body.startswith("\n"):
        raise DatasetError(f"{where}: the header's closing `# ///` must end its line")
    return header, body[1:]


def read_example_file(path: Path, root: Path, alternatives: Iterable[Path] | None = None) -> dict[str, Any]:
    """The record an example file holds (not yet validated: see example.validate_record); its
    `alternatives` are the files `solution_files` lists for it (found beside it when not given)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read: {exc.strerror}") from None
    header, code = parse_example_file(text, str(path))
    record = {"id": example_id(path, root), **header, "code": code}
    texts = [alternative.read_text(encoding="utf-8") for alternative in (alternative_files(path) if alternatives is None else alternatives)]
    if texts:
        record["alternatives"] = texts
    return record


def alternative_files(path: Path) -> list[Path]:
    """The files of an example's other correct solutions, `<name>.alt1.py`, `<name>.alt2.py`, ..., in order."""
    return _in_order([candidate for candidate in path.parent.glob(f"{path.stem}.alt*.py") if _alternative_of(candidate) == path])


def _alternative_of(path: Path) -> Path | None:
    """The example file `path` is an alternative of (`<name>.py` beside it), or None for an example file."""
    match = _ALTERNATIVE.fullmatch(path.name)
    return path.with_name(f"{match.group('name')}.py") if match else None


def _in_order(alternatives: Iterable[Path]) -> list[Path]:
    return sorted(alternatives, key=lambda path: int(_ALTERNATIVE.fullmatch(path.name).group("number")))


def examples_root(path: Path) -> Path:
    """The examples folder an example file lies in: its nearest ancestor named `examples`, else the
    folder above its library folder."""
    return next((parent for parent in path.parents if parent.name == "examples"), path.parent.parent)


def read_one_example(path: Path, known_inputs: Iterable[str] | None = None) -> Example:
    """The example of one file, its id from its path under its examples folder."""
    return validate_record(read_example_file(path, examples_root(path)), str(path), set(known_inputs) if known_inputs is not None else None)


def examples_at(path: Path, known_inputs: Iterable[str] | None = None) -> list[Example]:
    """The examples a path holds, for tools that take either: an example file, a folder of example
    files (ids from their examples folder), or a JSON dataset file."""
    if path.is_dir():
        return sorted((read_one_example(file, known_inputs) for file in example_files(path)), key=lambda example: example.id)
    if path.suffix == ".py":
        return [read_one_example(path, known_inputs)]
    return load_examples(path, known_inputs)


def example_files(root: Path) -> list[Path]:
    """Every example file under `root`: `*.py` files, leaving out names that start with `_` or `.`."""
    return list(solution_files(root))


def solution_files(root: Path) -> dict[Path, list[Path]]:
    """Every example file under `root`, in order, with the files of its alternatives in order: one
    listing of the folder (reading 2,000 examples should not search the folder once per example)."""
    if not root.is_dir():
        raise DatasetError(f"{root}: no examples folder here (run from the repository root, or name the folder)")
    found: dict[Path, list[Path]] = {}
    alternatives: list[tuple[Path, Path]] = []
    for path in sorted(root.rglob("*.py")):
        if any(part.startswith(("_", ".")) for part in path.relative_to(root).parts):
            continue
        example = _alternative_of(path)
        if example is not None:
            alternatives.append((example, path))
            continue
        if "." in path.stem:
            raise DatasetError(f"{path}: an example file's name has no dot but in `.py` (`<name>.alt<N>.py` is an alternative)")
        found[path] = []
    for example, path in alternatives:
        if example not in found:
            raise DatasetError(f"{path}: an alternative of {example.name}, which does not exist")
        found[example].append(path)
    return {path: _in_order(paths) for path, paths in found.items()}


def libraries(root: Path) -> list[str]:
    """The library folders under `root` (the first part of every example id)."""
    return sorted({path.relative_to(root).parts[0] for path in example_files(root) if len(path.relative_to(root).parts) > 1})


def read_examples(root: Path, only: Iterable[str] | None = None, known_inputs: Iterable[str] | None = None) -> list[Example]:
    """The examples of every file under `root` (or of the library folders in `only`), ordered by id.

    A file whose header is broken raises DatasetError naming the file; code or checks that do not
    compile stay in the example's `compile_problems()` (the generator refuses them, naming the file)."""
    wanted = set(only) if only is not None else None
    known = set(known_inputs) if known_inputs is not None else None
    examples = []
    for path, alternatives in solution_files(root).items():
        if wanted is not None and path.relative_to(root).parts[0] not in wanted:
            continue
        examples.append(validate_record(read_example_file(path, root, alternatives), str(path), known))  # the id under `root`
    return sorted(examples, key=lambda example: example.id)


# -- writing ------------------------------------------------------------------------------------


def render_example_file(record: Mapping[str, Any], comments: Mapping[tuple, list[str]] | None = None) -> str:
    """The text of the example file that reads back as `record` (its `id` is the file's path).

    `comments` are TOML comments (`# ...` lines) to set above what they explain: ("header",) at the
    top, (field,) above a field, (field, index) above a check, (field, key) above an edge-spec key,
    (field, "end") at the end of a list or table.
    """
    notes = comments or {}

    def noted(*where: Any, indent: str = "") -> list[str]:
        return [f"{indent}{line}" for line in notes.get(where, [])]

    lines = [f"/// {BLOCK}", *noted("header")]
    tables = []
    for name in HEADER_FIELDS:
        if name not in record:
            continue
        value = record[name]
        if isinstance(value, Mapping) and value and name == "edge_cases":
            tables.append((name, value))  # an inline table must fit on one line: a table section instead
            continue
        lines += noted(name)
        if name in ("task", "prompt"):
            lines += _folded(name, value)
        elif isinstance(value, list) and value and name == "checks":
            lines.append(f"{name} = [")
            for index, item in enumerate(value):
                lines += [*noted(name, index, indent="    "), f"    {_string(item)},"]
            lines += [*noted(name, "end", indent="    "), "]"]
        else:
            lines.append(f"{name} = {_value(value)}")
    for name, table in tables:
        lines += [*noted(name), f"[{name}]"]
        for key, value in table.items():
            lines += [*noted(name, key), f"{key} = {_value(value)}"]
        lines += noted(name, "end")
    lines.append("///")
    header = "".join(f"#{' ' if line else ''}{line}\n" for line in lines)
    return header + record["code"]


def _folded(name: str, text: str) -> list[str]:
    """A string as a multi-line basic string, folded after spaces with line-ending backslashes
    (TOML drops the backslash, the newline and the next line's leading whitespace), so it reads
    back exactly; its own newlines stay newlines."""
    lines = [f'{name} = """']
    for paragraph in text.split("\n"):
        # quotes need no escape in a multi-line string, but for a run of three
        escaped = json.dumps(paragraph, ensure_ascii=False)[1:-1].replace('\\"', '"').replace('"""', '""\\"')
        line = ""
        for token in re.findall(r"\S+\s*|\s+", escaped):
            if line and len(line) + len(token) > _WIDTH and line.endswith(" "):
                lines.append(line + "\\")
                line = ""
            line += token
        lines.append(line)
    lines[-1] += '"""'
    return lines


def _string(text: str) -> str:
    """A literal string when it can be one (no escapes to read), else a basic string."""
    if "'" not in text and "\n" not in text and text.isprintable():
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }" if value else "{}"
    raise TypeError(f"cannot write {value!r} in an example header")


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)
