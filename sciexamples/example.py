"""The example record: its fields, validation and (de)serialization."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from types import CodeType
from typing import Any

DIFFICULTIES = ("basic", "intermediate", "advanced")
REQUIRED_FIELDS = ("id", "task", "code", "domain", "libraries", "inputs", "checks", "difficulty", "tags")
OPTIONAL_FIELDS = ("prompt", "task_type", "family", "edge_cases", "requires", "raises", "warns", "stdout", "timeout", "alternatives")
# the JSON form's key order: the prompt beside the task it restates
FIELD_ORDER = ("id", "task", "prompt", "task_type", *(f for f in REQUIRED_FIELDS + OPTIONAL_FIELDS if f not in ("id", "task", "prompt", "task_type")))
# what the record asks of the one who answers it (sciexamples/task_types.py says what each means); none is `code`
TASK_TYPES = ("code", "fix", "performance", "function", "input-output")
ID_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")


class DatasetError(ValueError):
    """A dataset file or record that does not follow the record format."""


def snippet_filename(example_id: str) -> str:
    """The file name tracebacks and warnings show for an example's code."""
    return f"<example {example_id}>"


def check_filename(example_id: str, index: int) -> str:
    return f"<check {index} of {example_id}>"


# What `compile` raises for source it can't compile: MemoryError when the parser's stack overflows
# (`x = [[[...]]]` nested deeply), RecursionError when the compiler's does (`x = ----...1`).
COMPILE_ERRORS = (SyntaxError, ValueError, MemoryError, RecursionError)


def _global_names(code: CodeType) -> set[str]:
    """The names `code` and the code nested in it (lambdas, comprehensions) look up: attribute
    names among them, which is harmless for asking whether a helper is called."""
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            names |= _global_names(constant)
    return names


@dataclass(frozen=True)
class CompileProblem:
    """Why a record's code, or one of its checks, does not compile."""

    check: int | None  # None: the code
    message: str
    line: int | None  # the snippet's line, for the code
    source: str = ""  # the check's text, for a check

    @classmethod
    def from_exception(cls, exc: BaseException, check: int | None, source: str) -> CompileProblem:
        if isinstance(exc, SyntaxError):
            message = exc.msg
        elif isinstance(exc, MemoryError):
            message = "nested too deeply for the parser (MemoryError)"
        else:
            message = f"{type(exc).__name__}: {exc}"
        line = exc.lineno if isinstance(exc, SyntaxError) and check is None else None
        return cls(check, message, line, source)

    def __str__(self) -> str:
        if self.check is None:
            return f"code does not compile: {self.message}" + (f" (snippet line {self.line})" if self.line else "")
        return f"check {self.check} does not compile ({self.message}): {self.source!r}"


@dataclass(frozen=True)
class Example:
    """One `{task, code}` pair plus what makes it verifiable; `str()` is its test id."""

    id: str
    task: str
    code: str
    domain: str
    libraries: tuple[str, ...]
    inputs: Mapping[str, str]
    checks: tuple[str, ...]
    difficulty: str
    tags: tuple[str, ...]
    prompt: str | None = None  # the same goal in a user's own words; `task` is the precise instruction
    task_type: str | None = None  # one of TASK_TYPES; None is `code`
    family: str | None = None
    edge_cases: Any = None
    requires: Mapping[str, str] | None = None
    raises: str | None = None
    warns: tuple[str, ...] = ()
    stdout: str | None = None
    timeout: float | None = None
    alternatives: tuple[str, ...] = ()  # other correct solutions, as a different person would write them
    source: str = field(default="", compare=False, repr=False)

    def __str__(self) -> str:
        return self.id

    @property
    def family_id(self) -> str:
        return self.family or self.id

    @property
    def folder(self) -> str:
        """The `examples/` folder the id names: `stats` for `stats.describe_summary`."""
        return self.id.split(".")[0]

    def compiled(self, check: int | None = None) -> CodeType:
        """The code, or check number `check`, compiled; once per example (validation compiles, every run reuses).

        A compile-time warning (an invalid escape sequence, `is` with a literal) raises SyntaxError:
        compiling here, not inside a run, must not let it pass unnoticed. The cache lives in the
        instance, outside the dataclass fields: `replace()` starts a fresh one."""
        cache = self.__dict__.setdefault("_compiled", {})
        if check not in cache:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                if check is None:
                    cache[check] = compile(self.code, snippet_filename(self.id), "exec")
                else:
                    cache[check] = compile(self.checks[check], check_filename(self.id, check), "eval")
        return cache[check]

    def names_checks_read(self) -> frozenset[str]:
        """The global names the checks read (in lambdas and comprehensions too), from their compiled
        code, so a name inside a string literal is not one; once per example. A check that does not
        compile reads nothing (the run fails on it anyway)."""
        if "_names_checks_read" not in self.__dict__:
            names: set[str] = set()
            for check in range(len(self.checks)):
                try:
                    names |= _global_names(self.compiled(check))
                except COMPILE_ERRORS:
                    continue
            self.__dict__["_names_checks_read"] = frozenset(names)
        return self.__dict__["_names_checks_read"]

    def compile_problems(self) -> tuple[CompileProblem, ...]:
        """What of the record does not compile: its code, then each check; empty when all of it does.

        Found once (validation asks first) and kept with the record, not raised: a broken record is
        one failing example, and the other records of its file still run."""
        if "_problems" not in self.__dict__:
            problems = []
            for check in (None, *range(len(self.checks))):
                try:
                    self.compiled(check)
                except COMPILE_ERRORS as exc:
                    problems.append(CompileProblem.from_exception(exc, check, "" if check is None else self.checks[check]))
            self.__dict__["_problems"] = tuple(problems)
        return self.__dict__["_problems"]

    def __getstate__(self) -> dict[str, Any]:
        # code objects don't pickle; the problems are found again from the text
        return {k: v for k, v in self.__dict__.items() if k not in ("_compiled", "_problems", "_names_checks_read")}

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: required fields always, optional ones only when set."""
        data = asdict(self)
        data.pop("source")
        out: dict[str, Any] = {}
        for name in FIELD_ORDER:
            value = data[name]
            if name in OPTIONAL_FIELDS and value in (None, (), {}):
                continue
            out[name] = list(value) if isinstance(value, tuple) else dict(value) if name == "inputs" else value
        return out


@dataclass(frozen=True)
class EdgeSpec:
    """What an example accepts on generated inputs (its `edge_cases` object; all keys optional)."""

    min_size: int | None = None  # fewest elements / rows / samples (kind default otherwise)
    max_size: int | None = None
    nan: bool = False  # may inputs hold NaN/inf (or missing values in frames)?
    constant: bool = True  # constant arrays / columns
    scale: bool = True  # huge (x1e6) and tiny (x1e-6) magnitudes
    index: bool = True  # duplicated / unsorted frame index
    extra_columns: bool = True  # frames may carry columns the task did not mention
    one_level: bool = True  # a categorical column with a single level
    noise_only: bool = True  # a signal whose tones are gone (pure noise)
    min_seconds: float | None = None  # a signal's shortest duration, in seconds
    max_noise: float | None = None  # a signal's largest noise level (standard deviation; the first tone has amplitude 1)
    tone_ranges: tuple[tuple[float, float], ...] | None = None  # Hz: each tone drawn anywhere in its range (default: the reference tones)
    raises: str | None = None  # exception the snippet may raise on an invalid generated input
    max_examples: int | None = None
    why: str | None = None  # what property of the task the narrowing stands for (required when it narrows)
    skip: str | None = None  # edge cases off, with the reason

    def knobs(self) -> dict[str, Any]:
        """What shapes the generated inputs: every field but the stated reasons."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("why", "skip")}

    def narrowed(self) -> list[str]:
        """The knobs set away from the kind's full strategy (a raise allowed counts too)."""
        full = EdgeSpec()
        return [name for name, value in self.knobs().items() if name != "max_examples" and value != getattr(full, name)]

    @classmethod
    def from_record(cls, value: Any, where: str = "edge_cases") -> EdgeSpec | None:
        """None when edge cases are off; `true` means the kind's full strategy."""
        if value is None or value is False:
            return None
        if value is True:
            return cls()
        if not isinstance(value, Mapping):
            raise DatasetError(f"{where}: must be true, false or an object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise DatasetError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(known))}")
        if value.get("tone_ranges") is not None:
            ranges = value["tone_ranges"]
            if not (isinstance(ranges, (list, tuple)) and all(isinstance(r, (list, tuple)) and len(r) == 2 and 0 <= r[0] <= r[1] for r in ranges)):
                raise DatasetError(f"{where}: tone_ranges must be a list of [low, high] pairs in Hz, got {ranges!r}")
            value = {**value, "tone_ranges": tuple((float(lo), float(hi)) for lo, hi in ranges)}
        spec = cls(**value)
        return None if spec.skip else spec


def edge_reason(value: Any) -> str | None:
    """Why edge cases are off for a record (None when they are on)."""
    if value is None:
        return "not declared"
    if value is False:
        return "off (no reason given)"
    if isinstance(value, Mapping) and value.get("skip"):
        return str(value["skip"])
    return None


def _expect(cond: bool, where: str, problem: str) -> None:
    if not cond:
        raise DatasetError(f"{where}: {problem}")


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


_FIELD_TYPES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "id": (str, "a non-empty string"),
    "task": (str, "a non-empty string"),
    "prompt": (str, "a non-empty string"),
    "task_type": (str, f"one of {', '.join(TASK_TYPES)}"),
    "code": (str, "a non-empty string"),
    "domain": (str, "a non-empty string"),
    "difficulty": (str, f"one of {', '.join(DIFFICULTIES)}"),
    "inputs": (dict, "an object mapping variable names to named inputs"),
    "family": (str, "a non-empty string"),
    "raises": (str, "an exception class name such as 'ValueError'"),
    "stdout": (str, "a regular expression matched against the captured output"),
    "requires": (dict, "an object mapping distribution names to PEP 440 specifiers"),
    "timeout": ((int, float), "a positive number of seconds"),
    "edge_cases": ((bool, dict), "true, false or an object"),
}


def validate_record(raw: Any, where: str, known_inputs: Iterable[str] | None = None) -> Example:
    """Turn one decoded JSON object into an Example, or raise DatasetError naming `where`.

    Code or checks that do not compile are no DatasetError: the record is kept with its
    `compile_problems()`, and running it reports them as that example's error."""
    _expect(isinstance(raw, dict), where, f"a record must be a JSON object, got {type(raw).__name__}")
    if isinstance(raw.get("id"), str) and raw["id"]:
        where = f"{where} (id {raw['id']!r})"
    missing = [f for f in REQUIRED_FIELDS if f not in raw]
    _expect(not missing, where, f"missing required field(s): {', '.join(missing)}")
    unknown = sorted(set(raw) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    _expect(
        not unknown,
        where,
        f"unknown field(s): {', '.join(unknown)}; allowed: {', '.join(REQUIRED_FIELDS + OPTIONAL_FIELDS)}",
    )
    for name, (kind, wanted) in _FIELD_TYPES.items():
        if name in raw:
            value = raw[name]
            kinds = kind if isinstance(kind, tuple) else (kind,)
            # bool is an int subclass: accept it only where the field allows booleans
            ok = isinstance(value, kinds) and (bool in kinds or not isinstance(value, bool))
            if isinstance(value, str):
                ok = ok and bool(value.strip())
            _expect(ok, where, f"field {name!r} must be {wanted}, got {value!r:.80}")
    _expect(ID_PATTERN.match(raw["id"]) is not None, where, "field 'id' may hold only letters, digits, '_', '.' and '-'")
    _expect(raw["difficulty"] in DIFFICULTIES, where, f"field 'difficulty' must be one of {', '.join(DIFFICULTIES)}, got {raw['difficulty']!r}")
    if "task_type" in raw:
        _expect(raw["task_type"] in TASK_TYPES, where, f"field 'task_type' must be one of {', '.join(TASK_TYPES)}, got {raw['task_type']!r}")
    for name in ("libraries", "checks", "tags"):
        _expect(_str_list(raw[name]), where, f"field {name!r} must be a list of non-empty strings")
    _expect(bool(raw["checks"]), where, "field 'checks' must hold at least one check")
    if "warns" in raw:
        _expect(_str_list(raw["warns"]), where, "field 'warns' must be a list of warning class names")
    if "timeout" in raw:
        _expect(raw["timeout"] > 0, where, "field 'timeout' must be positive")
    if "alternatives" in raw:
        _expect(_str_list(raw["alternatives"]), where, "field 'alternatives' must be a list of code strings (other correct solutions)")
    for var, name in raw["inputs"].items():
        _expect(var.isidentifier() and isinstance(name, str), where, f"input {var!r}: must map an identifier to a named input string")
        if known_inputs is not None:
            _expect(
                name in known_inputs,
                where,
                f"input {var!r} names unknown input {name!r}; known: {', '.join(sorted(known_inputs))}",
            )
    if "edge_cases" in raw:
        try:
            on = EdgeSpec.from_record(raw["edge_cases"], f"{where}: field 'edge_cases'") is not None
        except TypeError as exc:
            raise DatasetError(f"{where}: field 'edge_cases': {exc}") from None
        _expect(not on or bool(raw["inputs"]), where, "edge cases are on but the record declares no inputs to vary")
    for key, spec in (raw.get("requires") or {}).items():
        _expect(isinstance(spec, str), where, f"requires[{key!r}] must be a PEP 440 specifier string")
        _check_specifier(spec, where, key)
    example = Example(
        id=raw["id"],
        task=raw["task"],
        code=raw["code"],
        domain=raw["domain"],
        libraries=tuple(raw["libraries"]),
        inputs=dict(raw["inputs"]),
        checks=tuple(raw["checks"]),
        difficulty=raw["difficulty"],
        tags=tuple(raw["tags"]),
        prompt=raw.get("prompt"),
        task_type=raw.get("task_type"),
        family=raw.get("family"),
        edge_cases=raw.get("edge_cases"),
        requires=raw.get("requires"),
        raises=raw.get("raises"),
        warns=tuple(raw.get("warns", ())),
        stdout=raw.get("stdout"),
        timeout=raw.get("timeout"),
        alternatives=tuple(raw.get("alternatives", ())),
        source=where,
    )
    example.compile_problems()  # compiled here, once: every run of the record reuses the code objects
    return example


def _check_specifier(spec: str, where: str, dist: str) -> None:
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    try:
        SpecifierSet(spec)
    except InvalidSpecifier:
        raise DatasetError(f"{where}: requires[{dist!r}] is not a PEP 440 specifier: {spec!r}") from None


def unmet_requirements(example: Example) -> list[str]:
    """The record's `requires` entries the installed distributions don't satisfy, readable."""
    from importlib import metadata

    from packaging.specifiers import SpecifierSet

    unmet = []
    for dist, spec in (example.requires or {}).items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            unmet.append(f"{dist}{spec} (not installed)")
            continue
        if installed not in SpecifierSet(spec, prereleases=True):
            unmet.append(f"{dist}{spec} (installed {installed})")
    return unmet


def parse_records(raw: Any, source: str, known_inputs: Iterable[str] | None = None) -> list[Example]:
    """Validate a decoded dataset (a JSON list of records); ids must be unique."""
    if not isinstance(raw, list):
        raise DatasetError(f"{source}: a dataset file must hold a JSON list of records, got {type(raw).__name__}")
    known = set(known_inputs) if known_inputs is not None else None
    examples: list[Example] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        example = validate_record(item, f"{source}: record {index}", known)
        if example.id in seen:
            raise DatasetError(f"{source}: record {index} (id {example.id!r}): duplicate id {example.id!r} (first used by record {seen[example.id]})")
        seen[example.id] = index
        examples.append(example)
    return examples


def load_examples(path: str | Path, known_inputs: Iterable[str] | None = None) -> list[Example]:
    """Read and validate a dataset file; every problem becomes a DatasetError naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    return parse_records(raw, str(path), known_inputs)


def dump_examples(examples: Iterable[Example]) -> str:
    """The canonical JSON text of a dataset file (stable, so `--check` can compare bytes)."""
    return json.dumps([e.to_dict() for e in examples], indent=2, ensure_ascii=False) + "\n"


def example_from_fields(**kwargs: Any) -> Example:
    """Build an example in memory through the same validation as a loaded record."""
    raw = {k: v for k, v in kwargs.items() if v is not None}
    for name in ("libraries", "checks", "tags", "warns", "alternatives"):
        if name in raw:
            raw[name] = list(raw[name])
    example = validate_record(raw, "built in memory")
    if example.compile_problems():
        # the generator never writes a record that does not compile
        raise DatasetError(f"{example.source}: {'; '.join(map(str, example.compile_problems()))}")
    return example


def split_compilable(examples: Iterable[Example]) -> tuple[list[Example], list[str]]:
    """The examples whose code and checks compile, and for each of the others a line naming its
    file, record and problem (for tools that can only use records that compile)."""
    good, problems = [], []
    for example in examples:
        if example.compile_problems():
            problems.append(f"{example.source or example.id}: {'; '.join(map(str, example.compile_problems()))}")
        else:
            good.append(example)
    return good, problems

