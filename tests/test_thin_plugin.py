"""The plugin changes nothing in a pytest session that collects no dataset file."""

from __future__ import annotations

import json

import pytest

PROBE = '''
import json
import os
import resource
import sys
import threading


def test_what_the_session_looks_like():
    seen = {
        # pytest's and xdist's own: the current test, the run's id, which worker took the test
        "env": {k: v for k, v in os.environ.items() if k not in ("PYTEST_CURRENT_TEST", "PYTEST_XDIST_TESTRUNUID", "PYTEST_XDIST_WORKER")},
        "rlimit_data": list(resource.getrlimit(resource.RLIMIT_DATA)),
        "modules": sorted(sys.modules),
        "threads": sorted(t.name for t in threading.enumerate()),
    }
    with open("seen.json", "w") as handle:
        json.dump(seen, handle)
'''

# all the plugin loads of the package before it collects a dataset file
PLUGIN_MODULES = {"sciexamples", "sciexamples.pytest_plugin", "sciexamples.defaults", "sciexamples.example"}


def _seen(pytester: pytest.Pytester, *args: str) -> dict:
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)
    result.assert_outcomes(passed=1)
    return json.loads((pytester.path / "seen.json").read_text())


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["-n 0", "-n 2"])
def test_a_session_without_dataset_files_is_untouched(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, workers: list[str]) -> None:
    """A plain project, with the user's own MPLBACKEND: the same environment, memory limit, threads
    and imports (but for the plugin's four light modules) as with the plugin switched off."""
    monkeypatch.setenv("MPLBACKEND", "pdf")
    pytester.makepyfile(test_probe=PROBE)
    without = _seen(pytester, "-p", "no:sciexamples", *workers)
    seen = _seen(pytester, *workers)
    assert seen["env"] == without["env"] and seen["env"]["MPLBACKEND"] == "pdf"
    assert seen["rlimit_data"] == without["rlimit_data"]
    assert seen["threads"] == without["threads"]
    assert set(seen["modules"]) - set(without["modules"]) == PLUGIN_MODULES
    heavy = ("numpy", "pandas", "matplotlib", "scipy", "sklearn", "seaborn", "hypothesis", "threadpoolctl")
    assert not [name for name in seen["modules"] if name.split(".")[0] in heavy]


def test_examples_draw_with_agg_and_the_users_backend_is_theirs_between_them(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """With MPLBACKEND=svg set by the user: an example draws with Agg; a plain test after it (same
    process) finds svg again, and MPLBACKEND unchanged."""
    monkeypatch.setenv("MPLBACKEND", "svg")
    record = {
        "id": "draws.here", "task": "t", "domain": "visualization", "libraries": ["matplotlib"], "inputs": {}, "difficulty": "basic", "tags": [],
        "code": "import os\nimport matplotlib\n\nbackend = matplotlib.get_backend()\nvariable = os.environ.get('MPLBACKEND')\n",
        "checks": ["backend.lower() == 'agg'", "variable == 'svg'"],
    }
    dataset = pytester.makefile(".json", examples=json.dumps([record]))
    pytester.makepyfile(test_after="""
        import os
        import matplotlib
        import matplotlib.pyplot as plt

        def test_the_users_backend():
            assert os.environ["MPLBACKEND"] == "svg"
            assert matplotlib.get_backend().lower() == "svg"
            assert type(plt.figure().canvas).__module__.endswith("backend_svg")
    """)
    result = pytester.runpytest_subprocess(str(dataset), "test_after.py", "-p", "no:randomly", "-v")
    result.assert_outcomes(passed=2)
