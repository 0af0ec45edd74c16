"""The generator's pieces: the shipped data is fresh, the split is family-aware, writes are atomic."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from records import ex

from sciexamples.cli import generate
from sciexamples.dataset import VALIDATION_PERCENT, check_edge_specs, check_names, file_names, render_files, split, stale_files, write_atomically
from sciexamples.example import DatasetError, load_examples
from sciexamples.example_file import read_examples, render_example_file
from sciexamples.fixtures import default_registry

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
EXAMPLES = ROOT / "examples"


@pytest.mark.pin_independent
def test_shipped_data_matches_the_examples() -> None:
    """Fails when data/ is stale: run `python generate_training_data.py` and commit data/."""
    assert generate(["--check", "--examples", str(EXAMPLES), "--out", str(DATA)]) == 0


def test_check_reports_stale_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a few shipped example files (the whole folder is read by the test above)
    examples = tmp_path / "examples"
    for path in sorted(EXAMPLES.glob("stats/*.py"))[:3]:
        (examples / "stats").mkdir(parents=True, exist_ok=True)
        shutil.copy(path, examples / "stats" / path.name)
    out = tmp_path / "data"
    out.mkdir()
    assert generate(["--check", "--examples", str(examples), "--out", str(out)]) == 1
    assert "stale" in capsys.readouterr().err


def test_shipped_files_load_and_reference_known_inputs() -> None:
    names = default_registry().names()
    training = load_examples(DATA / "training_examples.json", names)
    validation = load_examples(DATA / "validation_examples.json", names)
    assert len(training) + len(validation) >= 80
    families_train = {e.family_id for e in training}
    assert not families_train & {e.family_id for e in validation}, "a family crosses the split"


def test_every_example_has_two_checks_and_they_fail_when_the_code_does_nothing() -> None:
    from sciexamples.execute import run_example

    registry = default_registry()
    passing = []
    for example in read_examples(EXAMPLES):
        assert len(example.checks) >= 2, example.id
        outcome = run_example(example, registry.build(example.inputs), code="pass\n")
        if outcome.passed:
            passing.append(example.id)
    assert not passing, f"checks pass with the code replaced by `pass`: {passing}"


@pytest.mark.pin_independent
def test_split_keeps_families_together() -> None:
    examples = read_examples(EXAMPLES)
    training, validation = split(examples)
    assert len(training) + len(validation) == len(examples)
    assert not {e.family_id for e in training} & {e.family_id for e in validation}
    # about VALIDATION_PERCENT of the examples: whole families are held out, not single records
    assert abs(len(validation) / len(examples) - VALIDATION_PERCENT / 100) <= 0.05


def test_new_version_is_written_beside_the_old_one(tmp_path: Path) -> None:
    examples = read_examples(EXAMPLES, ["signal"])
    write_atomically(tmp_path, render_files(examples, 1))
    before = (tmp_path / "training_examples.json").read_text()
    write_atomically(tmp_path, render_files(examples[:2], 2))
    assert (tmp_path / "training_examples.json").read_text() == before
    assert file_names(2) == ("training_examples_v2.json", "validation_examples_v2.json")
    assert len(json.loads((tmp_path / "training_examples_v2.json").read_text())) + len(
        json.loads((tmp_path / "validation_examples_v2.json").read_text())
    ) == 2
    assert stale_files(tmp_path, render_files(examples, 1)) == []


def test_failed_write_leaves_previous_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_atomically(tmp_path, {"training_examples.json": "[]\n"})

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(OSError):
        write_atomically(tmp_path, {"training_examples.json": "[1, 2"})
    assert (tmp_path / "training_examples.json").read_text() == "[]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["training_examples.json"], "temp files left behind"


@pytest.mark.parametrize(
    ("spec", "refused"),
    [
        ({"constant": False}, "narrows constant without a `why`"),
        ({"min_seconds": 1.0, "raises": "ValueError"}, "narrows min_seconds, raises without a `why`"),
        ({"skip": "fails on generated inputs even when narrowed: check 0"}, "off because of a failure"),
        ({"skip": "order-dependent: under investigation"}, "off because of a failure"),
        ({"constant": False, "why": "a correlation needs columns that vary"}, None),
        ({"skip": "the inputs are only a sample rate: nothing to vary"}, None),
        (True, None),
    ],
)
def test_edge_specs_say_why_they_narrow(spec: object, refused: str | None) -> None:
    example = replace(ex(id="probe.spec", task="t `x`", code="y = x\n", checks=["y is x"], domain="statistics", libraries=["numpy"],
                         difficulty="basic", inputs={"x": "values"}), edge_cases=spec)
    if refused is None:
        check_edge_specs([example])
    else:
        with pytest.raises(DatasetError, match=re.escape(refused)):
            check_edge_specs([example])


@pytest.mark.parametrize(
    ("task", "check", "refused"),
    [
        ("Detrend `signal` into `detrended`.", "np.allclose(detrended, scipy.signal.detrend(signal))", None),
        # the reference's alias: a right answer importing scipy.signal under another name fails the check
        ("Detrend `signal` into `detrended`.", "np.allclose(detrended, sps.detrend(signal))", "check 0 reads `sps`"),
        # the reference's figure variable, which the task never names
        ("Plot `signal`.", "len(fig.axes) == 1", "check 0 reads `fig`"),
        ("Plot `signal`; keep the figure in `fig`.", "len(fig.axes) == 1", None),
        # names a check binds itself, helpers and builtins
        ("Detrend `signal` into `detrended`.", "all(abs(v) < 10 for v in detrended) and len(open_figures()) == 0", None),
    ],
)
def test_checks_read_only_names_the_task_states(task: str, check: str, refused: str | None) -> None:
    example = ex(id="probe.names", task=task, code="detrended = signal\nfig = None\n", checks=[check], domain="signal",
                 libraries=["scipy"], difficulty="basic", inputs={"signal": "noisy.signal"})
    if refused is None:
        check_names([example])
    else:
        with pytest.raises(DatasetError, match=re.escape(f"(id 'probe.names'): {refused}")):
            check_names([example])


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_written_files_are_readable_as_the_umask_allows(tmp_path: Path, umask: int, mode: int) -> None:
    """Dataset files are for others to read: made as `open` makes them (0666 less the umask), not 0600."""
    import os
    import stat

    previous = os.umask(umask)
    try:
        write_atomically(tmp_path, {"training_examples.json": "[]\n", "training_examples.parquet": b"PAR1"})
        write_atomically(tmp_path, {"training_examples.json": "[1]\n"})  # replacing an existing file too
    finally:
        os.umask(previous)
    for name in ("training_examples.json", "training_examples.parquet"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name
    assert (tmp_path / "training_examples.json").read_text() == "[1]\n"
    assert (tmp_path / "training_examples.parquet").read_bytes() == b"PAR1"


def _example_file(root: Path, example_id: str, **fields: object) -> Path:
    record = {"task": "Set `x` to 1.", "prompt": "I need `x` to hold 1.", "code": "# an int literal: the checks want the int 1, not 1.0\nx = 1\n", "checks": ["x == 1", "isinstance(x, int)"], "domain": "data_processing",
              "libraries": ["numpy"], "inputs": {}, "difficulty": "basic", "tags": [], **fields}
    path = root.joinpath(*example_id.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_example_file(record))
    return path


def test_the_generator_refuses_a_record_that_does_not_compile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An example file whose code or check does not compile is refused before anything runs, naming
    the file and the problem: nothing is written."""
    examples, out = tmp_path / "examples", tmp_path / "out"
    _example_file(examples, "fine.x")
    _example_file(examples, "broken.code", code="x = (1\n")
    _example_file(examples, "broken.check", checks=["x == 1", "x >"])
    assert generate(["--examples", str(examples), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert f"{examples / 'broken' / 'code.py'} (id 'broken.code'): code does not compile: '(' was never closed (snippet line 1)" in err
    assert f"{examples / 'broken' / 'check.py'} (id 'broken.check'): check 1 does not compile (invalid syntax): 'x >'" in err
    assert not out.exists()


def test_a_broken_header_names_its_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    examples = tmp_path / "examples"
    _example_file(examples, "fine.x")
    bad = _example_file(examples, "bad.level")
    bad.write_text(bad.read_text().replace("difficulty = 'basic'", "difficulty = 'easy'"))
    assert generate(["--check", "--examples", str(examples), "--out", str(tmp_path / "out")]) == 2
    assert f"{bad} (id 'bad.level'): field 'difficulty' must be one of basic, intermediate, advanced, got 'easy'" in capsys.readouterr().err


def test_examples_are_read_by_id_and_by_library_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Records are ordered by id whatever the file system lists first; `--only` takes library
    folders and names the ones there are when it is given another; `_` files are not examples."""
    examples = tmp_path / "examples"
    for example_id in ("stats.b", "mpl.z", "stats.a", "mpl.sweep.v2", "mpl.sweep.v1"):
        _example_file(examples, example_id)
    (examples / "stats" / "_notes.py").write_text("not an example\n")
    assert [e.id for e in read_examples(examples)] == ["mpl.sweep.v1", "mpl.sweep.v2", "mpl.z", "stats.a", "stats.b"]
    assert [e.id for e in read_examples(examples, ["stats"])] == ["stats.a", "stats.b"]
    assert generate(["--examples", str(examples), "--only", "pandas", "--no-progress"]) == 2
    assert "--only: no library folder pandas in" in capsys.readouterr().err
    assert generate(["--examples", str(tmp_path / "nowhere"), "--check"]) == 2
    assert "no examples folder here" in capsys.readouterr().err


def test_the_authoring_guide_shows_a_real_example_file() -> None:
    """docs/authoring.md's worked example is the file the generator reads, byte for byte."""
    guide = (ROOT / "docs" / "authoring.md").read_text()
    shown = re.search(r"`examples/stats/trim_mean_outliers.py`:\n\n```python\n(.*?)```", guide, re.S)
    assert shown is not None
    assert shown.group(1) == (EXAMPLES / "stats" / "trim_mean_outliers.py").read_text()


def test_the_helpers_the_name_contract_allows_are_the_ones_checks_get() -> None:
    from sciexamples.checks import HELPER_NAMES, check_namespace

    assert set(check_namespace({})) == HELPER_NAMES


@pytest.mark.parametrize(
    ("task", "check", "reported"),
    [
        ("Plot `y` and label the axes.", "ax.get_xlabel() == 'Site'", ["Site"]),
        ("Plot `y` with the x label 'Site'.", "ax.get_xlabel() == 'Site'", []),
        ("Draw two lines on `ax`.", "len(ax.lines) == 2", []),
        ("Draw lines on `ax`.", "len(ax.lines) in (2, 3)", [2, 3]),
        ("Use 0.55 as threshold.", "t != 0.5", [0.5]),
        ("Use 0.5 as threshold.", "t == 0.5 and np.isclose(u, 0.25)", []),
        ("Count `n`.", "n == 0 or n != 1 or n == len(x)", []),
    ],
)
def test_literals_compared_exactly_must_be_stated_by_the_task(task: str, check: str, reported: list) -> None:
    from sciexamples.dataset import unstated_literals

    example = ex(id="probe.literal", task=task, code="n = 0\n", checks=[check], domain="statistics", libraries=["numpy"], difficulty="basic")
    assert [value for _, value in unstated_literals(example)] == reported


@pytest.mark.parametrize(
    ("prompt", "problems"),
    [
        ("My readings are in `signal`; I'd like the version without its trend in `detrended`, titled 'Clean'.", []),
        (None, ["has no `prompt` (the goal in the user's own words)"]),
        # a right answer to this prompt cannot know where to store the result, nor the title
        ("Remove the trend from `signal`.", ["the prompt does not state `detrended`", "the prompt does not state 'Clean', which a check compares"]),
    ],
)
def test_a_prompt_states_what_the_checks_read(prompt: str | None, problems: list[str]) -> None:
    from sciexamples.dataset import check_prompts, prompt_problems

    example = ex(id="probe.prompt", task="Detrend `signal` into `detrended` and title the plot 'Clean'.", prompt=prompt,
                 code="detrended = signal\ntitle = 'Clean'\n", checks=["np.allclose(detrended, scipy.signal.detrend(signal))", "title == 'Clean'"],
                 domain="signal", libraries=["scipy"], difficulty="basic", inputs={"signal": "noisy.signal"})
    assert prompt_problems(example) == problems
    if problems:
        with pytest.raises(DatasetError, match=re.escape(f"(id 'probe.prompt'): {problems[0]}")):
            check_prompts([example])


@pytest.mark.pin_independent
def test_every_shipped_record_has_a_prompt_that_states_what_its_checks_read() -> None:
    from sciexamples.dataset import check_prompts

    check_prompts(read_examples(EXAMPLES))


@pytest.mark.pin_independent
def test_at_least_half_the_plot_examples_check_what_was_drawn() -> None:
    from sciexamples.dataset import checks_drawn_data, checks_figure

    plots = [e for e in read_examples(EXAMPLES) if checks_figure(e)]
    assert sum(checks_drawn_data(e) for e in plots) >= len(plots) / 2


def test_the_generator_refuses_a_reference_without_a_comment_naming_its_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A `#` inside a string is no comment; a comment anywhere in the code is enough; alternatives may have none."""
    from sciexamples.dataset import has_comment

    assert has_comment("x = 1  # the first\n") and has_comment("# why\nx = 1\n")
    assert not has_comment("x = '# not a comment'\n") and not has_comment("x = 1\n")
    examples, out = tmp_path / "examples", tmp_path / "out"
    _example_file(examples, "lib.commented", family="ones")
    bare = _example_file(examples, "lib.bare", code="x = 1\n", family="ones")
    bare.with_name("bare.alt1.py").write_text("x = int('1')\n")
    assert generate(["--examples", str(examples), "--out", str(out), "--no-progress", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "1 example(s) without a comment" in err and f"{bare} (id 'lib.bare'): its code has no comment" in err, err
    assert not out.exists()
    bare.write_text(bare.read_text().replace("x = 1\n", "# the int itself, as the checks compare\nx = 1\n"))
    assert generate(["--examples", str(examples), "--out", str(out), "--no-progress", "--no-cache"]) == 0


def test_an_unchanged_example_that_passed_is_not_run_again_unless_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    examples, out, cache = tmp_path / "examples", tmp_path / "out", tmp_path / "cache"
    _example_file(examples, "lib.same")
    changing = _example_file(examples, "lib.changing", task="Round 1.5 down into `x`.", code="import math\n\n# rounds towards minus infinity\nx = math.floor(1.5)\n")
    run = ["--examples", str(examples), "--out", str(out), "--cache", str(cache), "--no-progress"]
    assert generate(run) == 0
    assert "not run again" not in capsys.readouterr().out
    changing.write_text(changing.read_text().replace("math.floor(1.5)", "int(1.5)"))
    assert generate(run) == 0
    assert "1 of 2 examples unchanged since they last passed, not run again" in capsys.readouterr().out
    assert generate([*run, "--no-cache"]) == 0
    assert "not run again" not in capsys.readouterr().out
    # a failing example is never remembered as passing
    changing.write_text(changing.read_text().replace("int(1.5)", "round(1.5)"))
    assert generate(run) == 1 and generate(run) == 1


def test_the_rules_run_again_when_any_record_changes_and_not_while_none_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The static rules and the summary are remembered for the corpus as a whole: an unchanged corpus
    prints the same summary without judging it again; a change to any field of any record (a tag,
    which no run reads) judges it again, and a broken rule is refused as on a first run."""
    from sciexamples import cli

    examples, out, cache = tmp_path / "examples", tmp_path / "out", tmp_path / "cache"
    _example_file(examples, "lib.same")
    changing = _example_file(examples, "lib.changing", task="Round 1.5 down into `x`.", code="import math\n\n# rounds towards minus infinity\nx = math.floor(1.5)\n")
    judged: list[int] = []
    static_checks = cli.static_checks
    monkeypatch.setattr(cli, "static_checks", lambda records: judged.append(len(records)) or static_checks(records))
    run = ["--examples", str(examples), "--out", str(out), "--cache", str(cache), "--no-progress"]

    def summary() -> str:
        return capsys.readouterr().out.split("\nplausible wrong answers")[0]

    assert generate(run) == 0
    first = summary()
    assert generate(run) == 0 and judged == [2]
    assert summary() == first
    assert generate([*run, "--no-cache"]) == 0 and judged == [2, 2]
    capsys.readouterr()
    changing.write_text(changing.read_text().replace("tags = []", 'tags = ["no-such-tag"]'))
    assert generate(run) == 2 and judged == [2, 2, 2]
    assert "no-such-tag" in capsys.readouterr().err


def test_near_duplicates_finds_what_comparing_every_pair_finds() -> None:
    """Pairs are compared smallest code first and a pair too different in size is never compared:
    the pairs found, and their order, are those of comparing every pair."""
    from sciexamples.analysis import CODE_SHINGLE_JACCARD, CODE_TASK_SIMILARITY, _shingles, _task_similarity, near_duplicates

    lines = [f"v{n} = np.mean(values) * {n}\n" for n in range(40)]
    examples = []
    for size in (30, 3, 20, 12, 30, 8):  # near-copies of different lengths, in no particular order
        code = "import numpy as np\n" + "".join(lines[:size])
        examples.append(ex(id=f"probe.size{size}_{len(examples)}", task=f"Store the scaled means of `values`, {size} of them.", code=code, checks=["v0 >= 0"], domain="statistics", libraries=["numpy"], difficulty="basic"))
    expected = []
    for i, a in enumerate(examples):
        for b in examples[i + 1 :]:
            sa, sb = _shingles(a.code), _shingles(b.code)
            if len(sa & sb) / len(sa | sb) >= CODE_SHINGLE_JACCARD and _task_similarity(a.task, b.task) >= CODE_TASK_SIMILARITY:
                expected.append((a.id, b.id))
    found = [(d.first, d.second) for d in near_duplicates(examples)]
    assert found == sorted(expected) and found  # the two 30-line copies at least
