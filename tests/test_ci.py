"""The CI workflow for users: the nightly job runs the edge cases at the `thorough` profile's depth."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "gate.yml"


def _job(text: str, name: str) -> str:
    match = re.search(rf"^  {name}:\n((?:    .*\n|\s*\n)+)", text, re.MULTILINE)
    assert match, f"no job {name!r} in {WORKFLOW}"
    return match.group(1)


def test_a_scheduled_job_runs_every_edge_case_at_the_thorough_profiles_depth_on_both_pin_sets(pytester: pytest.Pytester) -> None:
    text = WORKFLOW.read_text()
    assert re.search(r"^  schedule:\n    - cron: \"[^\"]+\"", text, re.MULTILINE), "no schedule trigger"
    job = _job(text, "thorough")
    assert "github.event_name == 'schedule'" in job
    assert re.search(r"env: \[oldest, latest\]", job)
    command = re.search(r"- run: tox run -e \$\{\{ matrix\.env \}\} -- (.+)", job)
    assert command, "the thorough job does not run the tox environments"
    posargs = shlex.split(command.group(1))
    assert posargs == ["--examples-hypothesis-profile", "thorough", "-m", "edge_case"]
    # what tox passes through selects exactly the edge items, run at the thorough profile
    records = [
        {"id": "ci.mean", "task": "t", "code": "import numpy as np\nm = float(np.mean(values))\n", "checks": ["np.isfinite(m) or not np.isfinite(values).all()", "True"],
         "domain": "statistics", "libraries": ["numpy"], "inputs": {"values": "values"}, "difficulty": "basic", "tags": [], "edge_cases": True},
    ]
    path = pytester.makefile(".json", examples=json.dumps(records))
    # in a subprocess: Hypothesis, first imported by this run, would be dropped from sys.modules after an
    # in-process one while the package's record of the profiles it registered there stays
    result = pytester.runpytest_subprocess(str(path), *posargs, "-v")
    result.stdout.fnmatch_lines(["*examples.json::ci.mean?edge? PASSED*"])
    result.assert_outcomes(passed=1, deselected=1)
    assert "github.event_name != 'schedule'" in _job(text, "gate"), "the pull-request gate should not run again every night"


def test_pin_independent_tests_run_on_the_latest_pin_set_and_are_skipped_on_the_oldest(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    import conftest  # tests/conftest.py: the hook that reads the pin set tox names

    source = "import pytest\n\n@pytest.mark.pin_independent\ndef test_process():\n    pass\n\ndef test_library():\n    pass\n"
    pytester.makepyfile(test_marked=source)
    pytester.makeini("[pytest]\nmarkers =\n    pin_independent: as in tests/conftest.py\n")
    for pin_set, skipped in (("latest", set()), ("oldest", {"test_process"}), ("", set())):
        items, _ = pytester.inline_genitems("test_marked.py")
        assert len(items) == 2
        monkeypatch.setattr(conftest, "PIN_SET", pin_set)
        conftest.pytest_collection_modifyitems(items[0].config, items)
        assert {item.name for item in items if item.get_closest_marker("skip")} == skipped, pin_set


def test_the_gates_two_pin_sets_split_the_edge_draws_and_a_bad_share_is_a_usage_error(pytester: pytest.Pytester) -> None:
    """Each pin set runs every example's first edge input and half of the others; the two halves
    together are the whole `ci` budget (tests/test_edge_inputs.py proves the split)."""
    tox = (WORKFLOW.parents[2] / "tox.ini").read_text()
    shares = dict(re.findall(r"^    (\w+): pytest .*--examples-edge-share (\S+)", tox, re.MULTILINE))
    assert shares == {"oldest": "1/2", "latest": "2/2"}
    records = [{"id": "ci.mean", "task": "t", "code": "m = 1\n", "checks": ["m == 1", "True"], "domain": "statistics",
                "libraries": ["numpy"], "difficulty": "basic", "tags": []}]
    path = pytester.makefile(".json", examples=json.dumps(records))
    for bad in ("3/2", "0/2", "2", "a/b"):
        result = pytester.runpytest_subprocess(str(path), "--examples-edge-share", bad)
        assert result.ret == pytest.ExitCode.USAGE_ERROR, bad
        result.stderr.fnmatch_lines([f"*--examples-edge-share / examples_edge_share: an edge share is i/n*got '{bad}'*"])
