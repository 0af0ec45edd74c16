"""The generator's pieces: the shipped data is fresh, the split is family-aware, writes are atomic."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from sciexamples.catalog import build_catalog, ex
from sciexamples.cli import generate
from sciexamples.dataset import check_edge_specs, check_names, file_names, split, stale_files, write_atomically, render_files
from sciexamples.example import DatasetError, load_examples
from sciexamples.fixtures import default_registry

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


def test_shipped_data_matches_the_catalog() -> None:
    """Fails when data/ is stale: run `python generate_training_data.py` and commit data/."""
    assert generate(["--check", "--out", str(DATA)]) == 0


def test_check_reports_stale_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate(["--check", "--out", str(tmp_path)]) == 1
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
    for example in build_catalog():
        assert len(example.checks) >= 2, example.id
        outcome = run_example(example, registry.build(example.inputs), code="pass\n")
        if outcome.passed:
            passing.append(example.id)
    assert not passing, f"checks pass with the code replaced by `pass`: {passing}"


def test_split_keeps_families_together() -> None:
    examples = build_catalog()
    training, validation = split(examples)
    assert len(training) + len(validation) == len(examples)
    assert not {e.family_id for e in training} & {e.family_id for e in validation}
    assert 0.04 <= len(validation) / len(examples) <= 0.2


def test_new_version_is_written_beside_the_old_one(tmp_path: Path) -> None:
    examples = build_catalog(["signal_processing"])
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
        with pytest.raises(DatasetError, match=re.escape(f"probe.names: {refused}")):
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


def test_the_generator_refuses_a_record_that_does_not_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A catalog example that does not compile is refused where it is built, naming it and the
    problem; the generator refuses one built some other way before it runs anything: nothing is written."""
    from sciexamples import cli
    from sciexamples.catalog import ex
    from sciexamples.example import DatasetError, parse_records

    with pytest.raises(DatasetError, match=r"catalog example broken\.escape .*: code does not compile: invalid escape sequence '\\d' \(snippet line 2\)"):
        ex(id="broken.escape", task="Match digits.", code='import re\npattern = re.compile("\\d+")\n', checks=["pattern", "True"], domain="data_processing", libraries=["re"], difficulty="basic")
    with pytest.raises(DatasetError, match=r"catalog example broken\.check .*: check 1 does not compile \(invalid syntax\): 'x >'"):
        ex(id="broken.check", task="Set x.", code="x = 1\n", checks=["x == 1", "x >"], domain="data_processing", libraries=["numpy"], difficulty="basic")

    good = {"id": "fine.x", "task": "Set `x` to 1.", "code": "x = 1\n", "checks": ["x == 1", "isinstance(x, int)"], "domain": "data_processing",
            "libraries": ["numpy"], "inputs": {}, "difficulty": "basic", "tags": []}
    examples = parse_records([good, {**good, "id": "broken.code", "code": "x = (1\n"}], "handmade")
    monkeypatch.setattr(cli, "build_catalog", lambda modules: examples)
    assert cli.generate(["--out", str(tmp_path), "--no-progress"]) == 2
    assert "handmade: record 1 (id 'broken.code'): code does not compile: '(' was never closed (snippet line 1)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
