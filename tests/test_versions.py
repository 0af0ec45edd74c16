"""Version ends: removed APIs fail where they are gone, deprecated ones fail under strict-future, and
every `requires` declaration is needed."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from packaging.version import Version

from records import ex
from sciexamples.example import Example, load_examples, unmet_requirements
from sciexamples.execute import run_example
from sciexamples.fixtures import default_registry

DATA = Path(__file__).resolve().parents[1] / "data"


def _v(dist: str) -> Version:
    return Version(metadata.version(dist))


def _record(id: str, code: str, checks: list[str], inputs: dict | None = None):
    return ex(id=id, task=id, code=code, checks=checks, domain="numerical_methods", libraries=["numpy"], inputs=inputs or {}, difficulty="basic")


# (record, is it gone or deprecated in this environment?)
KNOWN = {
    "scipy.integrate.simps": (
        _record("old.simps", "from scipy import integrate\narea = integrate.simps([1.0, 1.0, 1.0], dx=1.0)\n", ["area == 2.0", "True"]),
        lambda: _v("scipy") >= Version("1.12"),  # deprecated in 1.12, removed in 1.14
    ),
    "np.trapz": (
        _record("old.trapz", "import numpy as np\narea = np.trapz([1.0, 1.0, 1.0], dx=1.0)\n", ["area == 2.0", "True"]),
        lambda: _v("numpy") >= Version("2.0"),  # deprecated in 2.0, removed later
    ),
    "matplotlib.cm.get_cmap": (
        _record("old.get_cmap", "from matplotlib import cm\ncmap = cm.get_cmap('viridis')\n", ["cmap.name == 'viridis'", "True"]),
        lambda: _v("matplotlib") >= Version("3.7"),
    ),
    "OneHotEncoder(sparse=)": (
        _record("old.onehot", "from sklearn.preprocessing import OneHotEncoder\nenc = OneHotEncoder(sparse=False).fit([[0], [1]])\nout = enc.transform([[1]])\n", ["out.shape == (1, 2)", "True"]),
        # deprecated in 1.2 (the warning comes from inside scikit-learn, so it does not fail), removed in 1.4
        lambda: _v("scikit-learn") >= Version("1.4"),
    ),
    "DataFrame.applymap": (
        _record("old.applymap", "doubled = df.applymap(lambda v: v * 2)\n", ["doubled.shape == df.shape", "True"], {"df": "measurements"}),
        lambda: _v("pandas") >= Version("2.1"),
    ),
    "fillna(method=)": (
        _record("old.fillna", "filled = df.fillna(method='ffill')\n", ["filled.shape == df.shape", "True"], {"df": "survey"}),
        lambda: _v("pandas") >= Version("2.1"),
    ),
}


@pytest.mark.parametrize("api", sorted(KNOWN))
def test_known_removed_or_deprecated_calls_fail_where_they_are(api: str) -> None:
    record, gone_here = KNOWN[api]
    outcome = run_example(record, default_registry().build(record.inputs), strict_future=True)
    if gone_here():
        assert not outcome.passed, f"{api} still passes here: {outcome.message}"
    else:
        assert outcome.passed, f"{api} should still work here: {outcome.message}"


def test_every_requires_declaration_is_needed() -> None:
    """Where the installed versions don't satisfy an example's `requires`, the example really fails,
    or the code its task shows does not fail (or pass) as the task says."""
    from sciexamples.task_types import given_code, judge_given_code

    def holds_without(example: Example) -> bool:
        if not run_example(example, registry.build(example.inputs)).passed:
            return False
        return given_code(example) is None or judge_given_code(example, registry.build(example.inputs))[0] is None

    registry = default_registry()
    examples = [e for path in sorted(DATA.glob("*_examples.json")) for e in load_examples(path, registry.names())]
    excluded = [e for e in examples if unmet_requirements(e)]
    if not excluded:
        pytest.skip("every `requires` is satisfied in this environment; the oldest environment runs this test")
    passing = [e.id for e in excluded if holds_without(e)]
    assert not passing, f"these examples pass without their declared requirement: {passing}"


def _chained(code: str) -> str:
    """Rewrite `df.loc[mask, "col"] = v` (or `-=`) into the chained form `df["col"][mask] = v`."""
    import re

    return re.sub(r'(\w+)\.loc\[(.+?), ("[^"]+"|\[[^\]]+\])\] (=|\+=|-=)', r"\1[\3][\2] \4", code)


@pytest.mark.skipif(_v("pandas") < Version("3"), reason="chained assignment only silently does nothing under pandas 3 Copy-on-Write")
def test_copy_on_write_examples_catch_chained_assignment() -> None:
    """The `.loc` lessons: their checks read values, so the chained-assignment answer fails them."""
    from sciexamples.example_file import read_examples

    registry = default_registry()
    lessons = [e for e in read_examples(DATA.parent / "examples", ["pandas"]) if "copy-on-write" in e.tags and ".loc[" in e.code]
    assert len(lessons) >= 3
    for example in lessons:
        chained = _chained(example.code)
        assert chained != example.code, example.id
        assert run_example(example, registry.build(example.inputs)).passed, example.id
        assert not run_example(example, registry.build(example.inputs), code=chained).passed, f"{example.id} passes with {chained!r}"
