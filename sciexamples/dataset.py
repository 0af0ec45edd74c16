"""Assemble the examples into a dataset: verify, split, write atomically, summarise."""

from __future__ import annotations

import ast
import builtins
import functools
import hashlib
import io
import json
import os
import platform
import re
import secrets
import tokenize
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from .checks import HELPER_NAMES
from .example import DatasetError, EdgeSpec, Example, dump_examples, edge_reason, unmet_requirements
from .execute import DEFAULT_TIMEOUT, PASSED, Outcome, run_example
from .fixtures import InputRegistry
from .task_types import FENCE, given_code, judge_given_code, task_type_problems

# families whose id hashes below this percentage are held out; raising it only adds families to
# the validation split (none moves back), so the held-out set of an earlier release stays held out
VALIDATION_PERCENT = 20
LIBRARY_DISTRIBUTIONS = ("numpy", "scipy", "pandas", "matplotlib", "seaborn", "scikit-learn")


def file_names(version: int) -> tuple[str, str]:
    suffix = "" if version == 1 else f"_v{version}"
    return f"training_examples{suffix}.json", f"validation_examples{suffix}.json"


def in_validation(family: str, percent: int = VALIDATION_PERCENT) -> bool:
    """Stable, family-aware split: a family's hash decides, so no family crosses the split."""
    digest = hashlib.sha256(family.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % 100 < percent


def split(examples: Iterable[Example], percent: int = VALIDATION_PERCENT) -> tuple[list[Example], list[Example]]:
    training, validation = [], []
    for example in examples:
        (validation if in_validation(example.family_id, percent) else training).append(example)
    return training, validation


def check_unique(examples: Sequence[Example]) -> None:
    seen: set[str] = set()
    for example in examples:
        if example.id in seen:
            raise DatasetError(f"{_where(example)}: duplicate id {example.id!r}")
        seen.add(example.id)


def _where(example: Example) -> str:
    """The example's file (and id), or its id when it was built in memory."""
    return example.source or f"example {example.id!r}"


FAILURE_WORDS = ("fails on generated", "failed on generated", "order-dependent", "under investigation", "draws missed")


def check_edge_specs(examples: Sequence[Example]) -> None:
    """Edge specs say why they narrow, and edge cases are off only where the inputs have no
    meaningful edge case: never because a generated input broke the example."""
    for example in examples:
        spec = EdgeSpec.from_record(example.edge_cases, f"{_where(example)}: edge_cases")
        if spec is not None and spec.narrowed() and not (spec.why or "").strip():
            raise DatasetError(
                f"{_where(example)}: edge_cases narrows {', '.join(spec.narrowed())} without a `why`; "
                "state the property of the task's inputs that the narrowing stands for"
            )
        reason = edge_reason(example.edge_cases) if example.edge_cases is not None else None
        if reason is not None and any(word in reason.lower() for word in FAILURE_WORDS):
            raise DatasetError(
                f"{_where(example)}: edge cases are off because of a failure ({reason[:80]!r}); "
                "fix the code or the checks, or narrow the spec by a property of the inputs (see docs: edge cases)"
            )


_SPAN = re.compile(r"`([^`]+)`")
_LEADING_NAME = re.compile(r"\s*([A-Za-z_][A-Za-z_0-9]*)")


def stated_names(task: str) -> set[str]:
    """The names a task states: the name each backticked span starts with, or each of a
    comma-separated list (`fig, ax`; `ax.semilogx` states `ax`)."""
    names = set()
    prose = FENCE.sub(" ", task)  # a fenced block (the user's code, an output) is no backticked name
    for span in _SPAN.findall(prose):
        for part in span.split(","):
            match = _LEADING_NAME.match(part)
            if match:
                names.add(match.group(1))
    return names


_BUILTINS = frozenset(dir(builtins))


def unstated_names(example: Example) -> list[tuple[int, str]]:
    """The free names each check reads that a correct answer need not define: not an input, not a
    name the task states in backticks, not a helper (`checks.HELPER_NAMES`) nor a builtin. A check
    reading the reference's alias (`sps.detrend`) or intermediate variable fails a right answer."""
    allowed = set(example.inputs) | stated_names(example.task) | HELPER_NAMES | _BUILTINS
    found = []
    for index, check in enumerate(example.checks):
        tree = ast.parse(check, mode="eval")
        bound = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
        bound |= {arg.arg for node in ast.walk(tree) if isinstance(node, ast.Lambda) for arg in ast.walk(node.args) if isinstance(arg, ast.arg)}
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
        found.extend((index, name) for name in sorted(names - bound - allowed))
    return found


def refuse_problems(examples: Sequence[Example], problems_of: Callable[[Example], list[str]], what: str) -> None:
    """Raise DatasetError listing every problem `problems_of` finds, each after its example's file."""
    problems = [f"{_where(example)}: {problem}" for example in examples for problem in problems_of(example)]
    if problems:
        raise DatasetError(f"{len(problems)} {what}:\n  " + "\n  ".join(problems))


def check_names(examples: Sequence[Example]) -> None:
    """Every free name a check reads is an input, a name the task states, a helper or a builtin."""
    refuse_problems(
        examples,
        lambda example: [
            f"check {index} reads `{name}`, which the task does not state: {example.checks[index]!r}" for index, name in unstated_names(example)
        ],
        "check(s) read names a correct answer need not define (state them in the task, in backticks, "
        "or read them through a helper or a module's full name)",
    )


def _read_names(check: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(check, mode="eval")) if isinstance(node, ast.Name)}


def prompt_problems(example: Example) -> list[str]:
    """What keeps a right answer to the record's `prompt` from passing its checks: no prompt, an
    input or a stated name the checks read that the prompt does not state in backticks, or a
    literal the checks compare that the task states and the prompt does not."""
    if not example.prompt:
        return ["has no `prompt` (the goal in the user's own words)"]
    read = set().union(*(_read_names(check) for check in example.checks))
    needed = ((read & stated_names(example.task)) - HELPER_NAMES) | set(example.inputs)
    problems = [f"the prompt does not state `{name}`" for name in sorted(needed - stated_names(example.prompt))]
    literals = {repr(v): v for check in example.checks for v in compared_literals(check) if literal_stated(v, example.task)}
    problems += [f"the prompt does not state {text}, which a check compares" for text, v in sorted(literals.items()) if not literal_stated(v, example.prompt)]
    return problems


def check_task_types(examples: Sequence[Example]) -> None:
    """Each record shows what its task type needs: the user's code, a function called on several
    inputs, an input and the wanted output (see task_types.py)."""
    refuse_problems(examples, task_type_problems, "task type problem(s)")


def check_prompts(examples: Sequence[Example]) -> None:
    """Every record has a prompt, and an answer to it can pass the checks: it names what the checks read."""
    refuse_problems(examples, prompt_problems, "prompt problem(s)")


def has_comment(code: str) -> bool:
    """Whether the code carries a comment (a `#` comment token, not a `#` inside a string)."""
    try:
        return any(token.type == tokenize.COMMENT for token in tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError):  # code that does not tokenize is refused as not compiling
        return True


def check_comments(examples: Sequence[Example]) -> None:
    """Every reference solution explains itself in at least one comment: a model imitates the code,
    so it learns why a parameter is set or what a call is for only where the code says so."""
    refuse_problems(
        examples,
        lambda example: [] if has_comment(example.code) else ["its code has no comment (say why a parameter is set, or what a call is for)"],
        "example(s) without a comment",
    )


# Attributes a check reads to compare what was drawn with what the inputs give: the drawn-data facts
# of `figure_summary`, and Matplotlib's own accessors of artist data.
DRAWN_DATA = frozenset({
    "lines_xy", "scatter_xy", "bar_heights", "bar_centers", "bar_edges", "errorbar_spans", "image_arrays", "mesh_arrays",
    "color_limits", "texts", "colorbar_ranges", "xticklabels", "yticklabels",
    "get_xdata", "get_ydata", "get_xydata", "get_data", "get_offsets", "get_height", "get_width", "get_array", "get_paths",
    "get_segments", "get_clim", "get_xy", "get_text",
})
_FIGURE_NAMES = frozenset({"figure_summary", "open_figures"})


def checks_figure(example: Example) -> bool:
    """Whether the record's checks read a figure: a plot example."""
    return any(_read_names(check) & _FIGURE_NAMES or "matplotlib" in check for check in example.checks) or (
        bool({"matplotlib", "seaborn"} & set(example.libraries)) and any(_read_names(check) & {"fig", "ax", "axes", "grid", "g"} for check in example.checks)
    )


def checks_drawn_data(example: Example) -> bool:
    """Whether a check reads what was drawn (points, bar heights, arrays, texts), not only artist counts."""
    return any(node.attr in DRAWN_DATA for check in example.checks for node in ast.walk(ast.parse(check, mode="eval")) if isinstance(node, ast.Attribute))


def drawn_data_line(examples: Sequence[Example]) -> str:
    plots = [e for e in examples if checks_figure(e)]
    reading = sum(checks_drawn_data(e) for e in plots)
    share = f"{100 * reading / len(plots):.0f}%" if plots else "-"
    return f"plot examples whose checks read the drawn data: {reading} of {len(plots)} ({share})"


# numbers a check may compare without the task stating them: nothing, one, none
_TRIVIAL_LITERALS = (0, 1, -1, "")
_NUMBER_WORDS = dict(enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]))


def compared_literals(check: str) -> list[Any]:
    """The strings and numbers a check compares exactly (`==`, `!=`, `in`, `not in`): a bare
    comparand, or an element of a literal list, tuple or set compared as a whole."""
    found = []
    for node in ast.walk(ast.parse(check, mode="eval")):
        if not isinstance(node, ast.Compare) or not all(isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)) for op in node.ops):
            continue
        for side in (node.left, *node.comparators):
            for item in side.elts if isinstance(side, (ast.List, ast.Tuple, ast.Set)) else (side,):
                if isinstance(item, ast.Constant) and isinstance(item.value, (str, int, float)) and not isinstance(item.value, bool):
                    if item.value not in _TRIVIAL_LITERALS:
                        found.append(item.value)
    return found


def literal_stated(value: Any, task: str) -> bool:
    """Whether the task states a literal: a string verbatim, a number as written or as a word."""
    if isinstance(value, str):
        return value in task
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and value in _NUMBER_WORDS and re.search(rf"\b{_NUMBER_WORDS[value]}\b", task, re.IGNORECASE):
        return True
    if isinstance(value, int) and re.search(rf"(?<![\w.]){value}\.0+(?![\w]|\.?[1-9])", task):
        return True  # a whole number written with its decimals, as a printed float column shows it
    trailing = "0*" if isinstance(value, float) else ""  # 250.5 printed as 250.50
    return re.search(rf"(?<![\w.]){re.escape(repr(value))}{trailing}(?![\w]|\.\d)", task) is not None


def unstated_literals(example: Example) -> list[tuple[int, Any]]:
    """The literals each check compares exactly that the task does not state: a right answer has no
    way to know them (a label the task never gives, an artist type the reference happens to draw).
    A `function` record's check that calls the function on an input it writes out compares what the
    function's specification gives on that input: a right answer knows it."""
    from .task_types import calls_the_function

    return [
        (index, value)
        for index, check in enumerate(example.checks)
        if not calls_the_function(example, check)
        for value in compared_literals(check)
        if not literal_stated(value, example.task)
    ]


def literal_lines(examples: Sequence[Example], every: bool = False) -> list[str]:
    """How many exact comparisons read literals the task does not state, per library; with `every`, each one."""
    found = {example.id: literals for example in examples if (literals := unstated_literals(example))}
    per_library = Counter(example.folder for example in examples if example.id in found for _ in found[example.id])
    lines = [f"exact literals the task does not state: {sum(per_library.values())} in {len(found)} examples"]
    lines += [f"  {library:<16} {count:5d}" for library, count in sorted(per_library.items(), key=lambda kv: (-kv[1], kv[0]))]
    if every:
        lines += [f"  {example_id}: check {index} compares {value!r}" for example_id, literals in sorted(found.items()) for index, value in literals]
    return lines


@dataclass
class Verification:
    """Outcomes of running every example, each of its alternatives, and it with its code replaced by `pass`."""

    outcomes: dict[str, Outcome] = field(default_factory=dict)
    vacuous: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # id -> unmet requirement
    rejected_alternatives: list[tuple[str, int, Outcome]] = field(default_factory=list)  # id, 1-based number, outcome
    given_code_problems: dict[str, str] = field(default_factory=dict)  # id -> how the code its task shows contradicts the task
    reused: int = 0  # passed in an earlier run with the same record, libraries and harness: not run again

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes.values() if not o.passed]

    @property
    def ok(self) -> bool:
        return not self.failures and not self.vacuous and not self.rejected_alternatives and not self.given_code_problems


# the sources an example's verification depends on besides its record and the library versions
VERIFY_SOURCES = ("dataset.py", "checks.py", "example.py", "outputs.py", "task_types.py", "execute", "state", "fixtures")


def verify(
    examples: Sequence[Example], registry: InputRegistry, timeout: float = DEFAULT_TIMEOUT, progress: bool = True, cache_dir: Path | None = None
) -> Verification:
    """Run each example through the execute contract; its checks must also fail when the code is `pass`,
    and the code a `fix` or `performance` task shows must behave as the task says.

    With `cache_dir`, an example that passed everything (its alternatives too) is not run again
    while its record, the library versions and the harness sources are unchanged."""
    from tqdm import tqdm

    from .cache import ResultCache, example_key

    passed_before = ResultCache(cache_dir)
    result = Verification()
    for example in tqdm(examples, desc="verifying examples", unit="ex", disable=not progress, dynamic_ncols=True):
        unmet = unmet_requirements(example)
        if unmet:
            result.skipped[example.id] = ", ".join(unmet)
            continue
        key = example_key(example, VERIFY_SOURCES, timeout=timeout) if cache_dir is not None else ""
        if passed_before.get(key):
            result.outcomes[example.id] = Outcome(example.id, PASSED, "passed in an earlier run with the same record, libraries and harness")
            result.reused += 1
            continue
        outcome = run_example(example, registry.build(example.inputs), timeout=timeout)
        result.outcomes[example.id] = outcome
        if outcome.passed and not example.raises:
            do_nothing = run_example(example, registry.build(example.inputs), code="pass\n", timeout=timeout)
            if do_nothing.passed:
                result.vacuous.append(example.id)
        rejected = len(result.rejected_alternatives)
        for number, code in enumerate(example.alternatives, start=1):
            judged = run_example(example, registry.build(example.inputs), code=code, timeout=timeout)
            if not judged.passed:
                result.rejected_alternatives.append((example.id, number, judged))
        if given_code(example) is not None:
            problem, _ = judge_given_code(example, registry.build(example.inputs), timeout=timeout)
            if problem:
                result.given_code_problems[example.id] = problem
        if outcome.passed and example.id not in result.vacuous and len(result.rejected_alternatives) == rejected and example.id not in result.given_code_problems:
            passed_before.put(key, True)
    return result


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def library_versions() -> dict[str, str]:
    """The versions this process runs with (read once: `importlib.metadata` scans sys.path, ~10 ms a call)."""
    return dict(_library_versions())


@functools.cache
def _library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for dist in LIBRARY_DISTRIBUTIONS:
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return versions


def render_files(examples: Sequence[Example], version: int) -> dict[str, str]:
    """The text of every dataset file of `version`, keyed by file name."""
    training, validation = split(examples)
    train_name, val_name = file_names(version)
    return {train_name: dump_examples(training), val_name: dump_examples(validation)}


def manifest_entry(files: dict[str, str], examples: Sequence[Example], settings: dict) -> dict:
    counts = {name: len(json.loads(text)) for name, text in files.items()}
    return {
        "files": {name: {"examples": counts[name], "sha256": sha256_text(text)} for name, text in sorted(files.items())},
        "examples": len(examples),
        "families": len({e.family_id for e in examples}),
        "settings": settings,
        "verified_with": library_versions(),
    }


def write_atomically(directory: Path, files: Mapping[str, str | bytes]) -> None:
    """Write each file (text as UTF-8, or bytes) to a temp file beside it, fsync, then rename over the old one.

    A crash or kill at any moment leaves every file either complete-old or complete-new. Files are
    made as `open` makes them, readable by others unless the umask says otherwise: a dataset is
    there to be read.
    """
    directory.mkdir(parents=True, exist_ok=True)
    for name in files:
        for leftover in directory.glob(f".{name}.*.tmp"):  # from a writer killed mid-way
            leftover.unlink(missing_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, content in files.items():
            fd, tmp = _new_temp_file(directory, name)
            staged.append((name, tmp))
            with os.fdopen(fd, "wb") as handle:
                handle.write(content.encode("utf-8") if isinstance(content, str) else content)
                handle.flush()
                os.fsync(handle.fileno())
        for name, tmp in staged:
            os.replace(tmp, directory / name)
    finally:
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)


def _new_temp_file(directory: Path, name: str) -> tuple[int, Path]:
    """A new, empty temp file for `name` beside it, created with mode 0666 less the umask (the
    kernel applies it); `tempfile.mkstemp` would make it 0600, and the rename keeps the mode."""
    while True:
        tmp = directory / f".{name}.{secrets.token_hex(8)}.tmp"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue


def update_manifest_text(directory: Path, version: int, entry: dict) -> str:
    path = directory / "manifest.json"
    manifest = {"format": "sciexamples-dataset", "versions": {}}
    if path.exists():
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}: invalid JSON ({exc.msg}); fix or delete it") from None
    manifest.setdefault("versions", {})[str(version)] = entry
    manifest["latest"] = max(int(v) for v in manifest["versions"])
    return json.dumps(manifest, indent=2, sort_keys=True) + "\n"


def stale_files(directory: Path, files: dict[str, str]) -> list[str]:
    """Names of dataset files under `directory` that differ from what the generator would write."""
    stale = []
    for name, text in files.items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale


def coverage_summary(examples: Sequence[Example], training: Sequence[Example], validation: Sequence[Example]) -> str:
    def table(title: str, counter: Counter) -> list[str]:
        width = max((len(k) for k in counter), default=0)
        rows = [f"{title}:"]
        total = len(examples)
        for key, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append(f"  {key:<{width}}  {count:5d}  {100 * count / total:5.1f}%")
        return rows

    lines = [
        f"examples: {len(examples)}  families: {len({e.family_id for e in examples})}  "
        f"training: {len(training)}  validation: {len(validation)}",
    ]
    lines += table("per domain", Counter(e.domain for e in examples))
    lines += table("per library", Counter(lib for e in examples for lib in e.libraries))
    lines += table("per difficulty", Counter(e.difficulty for e in examples))
    lines += table("per tag", Counter(tag for e in examples for tag in e.tags))
    lines += edge_case_lines(examples)
    lines.append(alternatives_line(training, validation))
    lines.append(drawn_data_line(examples))
    lines += literal_lines(examples)
    lines += breadth_lines(examples)
    lines += scale_lines(examples, validation)
    lines += coverage_plan_lines(examples)
    return "\n".join(lines)


# library groups of the example folders, for the corpus targets (each group's share, validation per group)
LIBRARY_GROUPS = {"mpl": "Matplotlib", "sns": "seaborn", "stats": "SciPy", "signal": "SciPy", "optimize": "SciPy", "integrate": "SciPy",
                  "pandas": "pandas", "sklearn": "scikit-learn", "parallel": "parallel"}
GROUP_SHARE_TARGET = 10.0  # percent of examples per library group (parallel cuts across and is not held to it)
INPUT_SHARE_TARGET = 6.0  # percent of examples one named input may feed at most


def library_group(example: Example) -> str:
    return LIBRARY_GROUPS.get(example.folder, example.folder)


def scale_lines(examples: Sequence[Example], validation: Sequence[Example]) -> list[str]:
    """Where the corpus stands against its targets: task types, library groups' shares, validation
    per group, and the named inputs feeding the most examples."""
    from .task_types import task_type

    total = max(len(examples), 1)
    types = Counter(task_type(e) for e in examples)
    groups = Counter(library_group(e) for e in examples)
    held_out = Counter(library_group(e) for e in validation)
    lines = ["per task type: " + ", ".join(f"{kind} {count}" for kind, count in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))]
    lines.append(f"per library group (share of examples, target >= {GROUP_SHARE_TARGET:.0f}% except parallel; validation records):")
    for group, count in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {group:<14} {count:5d}  {100 * count / total:5.1f}%  validation {held_out[group]}")
    uses = Counter(base for e in examples for base in {ref.split(".")[0] for ref in e.inputs.values()})
    over = [(name, count) for name, count in uses.most_common() if 100 * count / total > INPUT_SHARE_TARGET]
    lines.append(
        f"named inputs used: {len(uses)}; feeding more than {INPUT_SHARE_TARGET:.0f}% of examples: "
        + (", ".join(f"{name} {count} ({100 * count / total:.1f}%)" for name, count in over) or "none")
    )
    return lines


def coverage_plan_lines(examples: Sequence[Example]) -> list[str]:
    from .coverage import summary_lines

    return summary_lines(examples)


def alternatives_line(training: Sequence[Example], validation: Sequence[Example]) -> str:
    """How many records carry other correct solutions, per split."""

    def share(part: Sequence[Example]) -> str:
        carrying = sum(bool(e.alternatives) for e in part)
        return f"{carrying} of {len(part)} ({100 * carrying / len(part) if part else 0:.0f}%)"

    total = sum(len(e.alternatives) for e in (*training, *validation))
    return f"alternatives: {total}, on validation records {share(validation)}, on training records {share(training)}"


def breadth_lines(examples: Sequence[Example]) -> list[str]:
    from .analysis import api_symbols, library_of, skeleton

    symbols = set().union(*(api_symbols(e.code) for e in examples)) if examples else set()
    per_library = Counter(library_of(s) for s in symbols)
    lines = [
        f"distinct code skeletons: {len({skeleton(e.code) for e in examples})}",
        f"distinct public API symbols called: {len(symbols)}",
    ]
    lines += [f"  {lib:<16} {count:5d}" for lib, count in sorted(per_library.items(), key=lambda kv: (-kv[1], kv[0]))]
    return lines


def edge_case_lines(examples: Sequence[Example], registry: InputRegistry | None = None) -> list[str]:
    """The share of examples with data inputs that also run on edge cases, and why the rest don't."""
    from .fixtures import default_registry

    registry = registry or default_registry()
    eligible = [e for e in examples if e.inputs and registry.has_strategy(e.inputs)]
    off = [(e.id, edge_reason(e.edge_cases)) for e in eligible if edge_reason(e.edge_cases) is not None]
    on = len(eligible) - len(off)
    share = 100 * on / len(eligible) if eligible else 0.0
    lines = [f"edge cases: {on} of {len(eligible)} examples with data inputs ({share:.1f}%)"]
    lines += [f"  off: {example_id}: {reason}" for example_id, reason in off]
    return lines


def save_coverage_chart(examples: Sequence[Example], path: Path) -> None:
    """A PNG bar chart of examples per library and per domain."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    per_library = Counter(lib for e in examples for lib in e.libraries)
    per_domain = Counter(e.domain for e in examples)
    fig, (ax_lib, ax_dom) = plt.subplots(1, 2, figsize=(12, 4.5), layout="constrained")
    for ax, counter, title in ((ax_lib, per_library, "Examples per library"), (ax_dom, per_domain, "Examples per domain")):
        names, counts = zip(*sorted(counter.items(), key=lambda kv: -kv[1])) if counter else ((), ())
        bars = ax.barh(names, counts, color="tab:blue")
        ax.bar_label(bars, padding=2)
        ax.invert_yaxis()
        ax.set_title(title)
        ax.set_xlabel("examples")
    fig.suptitle(f"sciexamples coverage: {len(examples)} examples")
    fig.savefig(path, dpi=100)
    plt.close(fig)
