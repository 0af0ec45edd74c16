"""The plugin end to end with pytester: collection, ids, outcomes and each duty of the execute contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BASE = {"domain": "visualization", "libraries": ["matplotlib"], "inputs": {}, "difficulty": "basic", "tags": []}


def record(id: str, code: str, checks: list[str], **extra) -> dict:
    return {"id": id, "task": f"task of {id}", "code": code, "checks": checks, **BASE, **extra}


def write_dataset(pytester: pytest.Pytester, records: list[dict], name: str = "examples") -> Path:
    return pytester.makefile(".json", **{name: json.dumps(records, indent=2)})


GOOD = record("good.mean", "import numpy as np\nresult = np.mean([1.0, 2.0, 3.0])\n", ["result == 2.0", "isinstance(result, float)"])


def test_each_record_is_an_item_with_its_id(pytester: pytest.Pytester) -> None:
    path = write_dataset(
        pytester,
        [record("zeta.last", "x = 1\n", ["x == 1"]), GOOD, record("alpha.first", "y = 2\n", ["y == 2"])],
    )
    result = pytester.runpytest(str(path), "--collect-only", "-q")
    result.stdout.fnmatch_lines(["examples.json::alpha.first", "examples.json::good.mean", "examples.json::zeta.last"])
    result = pytester.runpytest(str(path), "-v")
    result.assert_outcomes(passed=3)


def test_failing_check_names_check_and_values(pytester: pytest.Pytester) -> None:
    path = write_dataset(pytester, [record("bad.sum", "total = sum([1, 2, 3])\n", ["total == 7", "total > 0"])])
    result = pytester.runpytest(str(path))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*example bad.sum: FAILED: check 0 evaluated to false: total == 7*", "*total = 6*"])


def test_error_points_at_snippet_line(pytester: pytest.Pytester) -> None:
    code = "a = 1\nb = 0\nc = a / b\n"
    path = write_dataset(pytester, [record("err.zero", code, ["c == 1", "a == 1"])])
    result = pytester.runpytest(str(path))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*ZeroDivisionError: division by zero (snippet line 3)*", ">   3 | c = a / b"])


def _the_next_example_sees_none_of_it(pytester: pytest.Pytester, changer: dict, reader: dict) -> None:
    """`changer` changes shared state and checks it did; `reader`, run next in the same process, checks it is gone."""
    result = pytester.runpytest(str(write_dataset(pytester, [changer, reader])), "-p", "no:randomly")
    result.assert_outcomes(passed=2)


def test_rcparams_and_seaborn_theme_are_restored(pytester: pytest.Pytester) -> None:
    changer = record(
        "a.changes_style",
        "import matplotlib.pyplot as plt\nimport seaborn as sns\nsns.set_theme(style='darkgrid')\nplt.rcParams['lines.linewidth'] = 7\nwidth = plt.rcParams['lines.linewidth']\n",
        ["width == 7", "plt.rcParams['axes.facecolor'] != 'white'"],
    )
    reader = record(
        "b.reads_defaults",
        "import matplotlib as mpl\nwidth = mpl.rcParams['lines.linewidth']\nface = mpl.rcParams['axes.facecolor']\n",
        ["width == mpl.rcParamsDefault['lines.linewidth']", "face == mpl.rcParamsDefault['axes.facecolor']"],
    )
    _the_next_example_sees_none_of_it(pytester, changer, reader)


def test_seaborns_colour_codes_are_restored(pytester: pytest.Pytester) -> None:
    """seaborn's set_theme points matplotlib's one-letter colour codes at its palette ("k" becomes
    #1a1a1a), in matplotlib.colors' own mapping, not rcParams: a later example drawing in "k" must get black."""
    changer = record(
        "a.sets_theme",
        "import matplotlib.colors as mcolors\nimport seaborn as sns\nsns.set_theme(palette='deep')\nk = mcolors.to_hex('k')\n",
        ["k != '#000000'", "True"],
    )
    reader = record(
        "b.draws_in_k",
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\n(line,) = ax.plot([0, 1], [0, 1], 'k-')\n",
        ["matplotlib.colors.to_hex(line.get_color()) == '#000000'", "matplotlib.colors.to_hex('b') == '#0000ff'"],
    )
    _the_next_example_sees_none_of_it(pytester, changer, reader)


def test_other_global_state_is_restored(pytester: pytest.Pytester) -> None:
    changer = record(
        "a.changes_options",
        "import numpy as np\nimport pandas as pd\nimport matplotlib.units as munits\n"
        "np.set_printoptions(precision=2)\npd.set_option('display.max_rows', 3)\n"
        "munits.registry[complex] = munits.registry.get(float)\nok = True\n",
        ["ok", "pd.get_option('display.max_rows') == 3"],
    )
    reader = record(
        "b.reads_options",
        "import numpy as np\nimport pandas as pd\nimport matplotlib.units as munits\n"
        "precision = np.get_printoptions()['precision']\nrows = pd.get_option('display.max_rows')\n"
        "has_complex = complex in munits.registry\n",
        ["precision == 8", "rows == 60", "not has_complex"],
    )
    result = pytester.runpytest(str(write_dataset(pytester, [changer, reader])))
    result.assert_outcomes(passed=2)


def test_silencing_warnings_or_numpy_errors_fails_the_example(pytester: pytest.Pytester) -> None:
    records = [
        record("a.silences", "import warnings\nwarnings.simplefilter('ignore')\nx = 1\n", ["x == 1", "True"]),
        record("b.seterr", "import numpy as np\nnp.seterr(all='ignore')\nx = 1\n", ["x == 1", "True"]),
        record("c.clean", "import numpy as np\nerr = np.geterr()['divide']\nimport warnings\nn = len(warnings.filters)\n", ["err == 'warn'", "n >= 0"]),
    ]
    result = pytester.runpytest(str(write_dataset(pytester, records)))
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*changed warnings filters*", "*changed numpy error state*"])


def test_files_written_by_snippets_land_in_a_temp_dir(pytester: pytest.Pytester) -> None:
    code = (
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 2])\n"
        "fig.savefig('out.png')\nwith open('notes.txt', 'w') as fh:\n    fh.write('hi')\nimport os\nsaved = os.listdir('.')\n"
    )
    path = write_dataset(pytester, [record("files.write", code, ["'out.png' in saved", "'notes.txt' in saved"])])
    result = pytester.runpytest(str(path))
    result.assert_outcomes(passed=1)
    assert not (pytester.path / "out.png").exists()
    assert not (pytester.path / "notes.txt").exists()


def test_hang_becomes_timeout_and_the_run_goes_on(pytester: pytest.Pytester) -> None:
    records = [record("a.hangs", "while True:\n    pass\n", ["True", "True"]), GOOD]
    result = pytester.runpytest(str(write_dataset(pytester, records)), "--examples-timeout", "1")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*a.hangs: TIMEOUT: did not finish within the time limit of 1 s*"])


def test_record_timeout_overrides_the_run_default(pytester: pytest.Pytester) -> None:
    records = [record("a.sleeps", "import time\ntime.sleep(3)\ndone = True\n", ["done", "True"], timeout=0.5)]
    result = pytester.runpytest(str(write_dataset(pytester, records)), "--examples-timeout", "30")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*TIMEOUT*0.5 s*"])


def test_bad_mathtext_fails_at_draw_time(pytester: pytest.Pytester) -> None:
    code = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.set_title(r'$\\frac{1}{$')\n"
    path = write_dataset(pytester, [record("draw.mathtext", code, ["ax.get_title() != ''", "True"])])
    result = pytester.runpytest(str(path))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*drawing the figure failed: ValueError*"])


def test_snippet_warning_fails_unless_declared_library_warning_is_recorded(pytester: pytest.Pytester) -> None:
    warn = "import warnings\nwarnings.warn('careful', UserWarning)\nx = 1\n"
    library = "import numpy as np\nm = np.mean(np.array([]))\n"  # numpy warns from inside numpy
    records = [
        record("w.undeclared", warn, ["x == 1", "True"]),
        record("w.declared", warn, ["x == 1", "True"], warns=["UserWarning"]),
        record("w.library", library, ["np.isnan(m)", "True"]),
    ]
    result = pytester.runpytest(str(write_dataset(pytester, records)))
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*w.undeclared: FAILED: the snippet's own code raised 1 undeclared warning(s): UserWarning: careful (snippet line 2)*"])


def test_sys_exit_fails_only_that_example(pytester: pytest.Pytester) -> None:
    records = [record("a.exits", "import sys\nsys.exit(3)\n", ["True", "True"]), GOOD]
    result = pytester.runpytest(str(write_dataset(pytester, records)))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*the snippet called sys.exit(3)*"])


def test_input_does_not_block(pytester: pytest.Pytester) -> None:
    records = [record("a.reads_stdin", "name = input('name? ')\n", ["name", "True"])]
    result = pytester.runpytest(str(write_dataset(pytester, records)), "-s")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*EOFError*"])


def test_main_module_is_restored(pytester: pytest.Pytester) -> None:
    records = [
        record("a.replaces_main", "import sys, types\nsys.modules['__main__'] = types.ModuleType('fake')\nx = 1\n", ["x == 1", "True"]),
        record("b.reads_main", "import sys\nname = sys.modules['__main__'].__name__\n", ["name != 'fake'", "True"]),
    ]
    result = pytester.runpytest(str(write_dataset(pytester, records)))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*a.replaces_main: FAILED*", "changed sys.modules: removed or replaced: __main__"])


def test_raises_and_stdout_fields(pytester: pytest.Pytester) -> None:
    records = [
        record("r.raises", "import math\nvalue = -1\nmath.sqrt(value)\n", ["value == -1", "True"], raises="ValueError"),
        record("r.not_raised", "value = 1\n", ["value == 1", "True"], raises="ValueError"),
        record("s.prints", "print('mean = 2.00')\nx = 2\n", ["x == 2", "True"], stdout=r"mean = \d+\.\d{2}"),
        record("s.prints_wrong", "print('nothing')\nx = 2\n", ["x == 2", "True"], stdout=r"mean = \d+"),
    ]
    result = pytester.runpytest(str(write_dataset(pytester, records)))
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["*expected the snippet to raise ValueError*"])


def test_inputs_are_fresh_for_every_example(pytester: pytest.Pytester) -> None:
    records = [
        record("a.mutates", "df.loc[:, 'dose'] = -1.0\ncleared = (df['dose'] == -1).all()\n", ["cleared", "True"], inputs={"df": "trial"}),
        record("b.reads", "lowest = df['dose'].min()\n", ["lowest >= 0", "True"], inputs={"df": "trial"}),
    ]
    result = pytester.runpytest(str(write_dataset(pytester, records)))
    result.assert_outcomes(passed=2)


def test_figure_summary_in_checks(pytester: pytest.Pytester) -> None:
    code = (
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 2], label='a')\n"
        "ax.plot([2, 1], label='b')\nax.set_title('Two lines')\nax.set_yscale('log')\nax.legend()\n"
    )
    checks = [
        "figure_summary().axes[0].n_lines == 2",
        "figure_summary(fig).axes[0].legend_labels == ['a', 'b']",
        "figure_summary().titles == ['Two lines']",
        "figure_summary().axes[0].yscale == 'log'",
    ]
    result = pytester.runpytest(str(write_dataset(pytester, [record("fig.facts", code, checks)])))
    result.assert_outcomes(passed=1)
    result = pytester.runpytest(str(write_dataset(pytester, [record("fig.none", "x = 1\n", ["figure_summary().n_axes == 1", "x"])], "none")))
    result.stdout.fnmatch_lines(["*no figure is open: the snippet drew nothing*"])


def test_figure_facts_are_per_figure_and_tick_labels_read_on_demand(pytester: pytest.Pytester) -> None:
    code = (
        "import matplotlib.pyplot as plt\nfig1, ax1 = plt.subplots()\nax1.bar(['x', 'y'], [1, 2])\n"
        "fig2, (left, right) = plt.subplots(1, 2)\nright.set_title('second')\n"
    )
    checks = [
        "figure_summary(fig1).n_axes == 1",
        "figure_summary(fig2).titles == ['', 'second']",
        "figure_summary(fig1).axes[0].xticklabels == ['x', 'y']",
        "figure_summary().n_axes == 2",
    ]
    result = pytester.runpytest(str(write_dataset(pytester, [record("fig.two", code, checks)])))
    result.assert_outcomes(passed=1)
    wrong = [*checks[:2], "figure_summary(fig1).axes[0].xticklabels == ['y', 'x']"]
    result = pytester.runpytest(str(write_dataset(pytester, [record("fig.two", code, wrong)], "wrong")))
    result.assert_outcomes(failed=1)
    assert "figure_summary(fig1).axes[0].xticklabels = ['x', 'y']" in result.stdout.lines


def test_collected_figure_facts_include_tick_labels() -> None:
    from sciexamples.example import validate_record
    from sciexamples.execute import run_example

    example = validate_record(record("fig.collect", "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['p', 'q'], [3, 4])\n", ["fig is not None"]), "test")
    outcome = run_example(example, {}, collect_figures=True)
    assert outcome.passed, outcome.message
    (figure,) = outcome.figures
    assert figure["n_axes"] == 1 and figure["axes"][0]["xticklabels"] == ["p", "q"]
    assert "_ax" not in figure["axes"][0]
    json.dumps(outcome.figures)  # plain data, fit for the gallery and the evaluator's reports


def test_reference_runs_do_not_import_hypothesis(pytester: pytest.Pytester) -> None:
    """Hypothesis is imported when the first edge case runs, not at start-up or collection (its own
    plugin imports it later, for the terminal summary: after `pytest_sessionfinish`)."""
    pytester.makeconftest(
        "import sys\n\n"
        "def pytest_sessionfinish(session):\n"
        "    reporter = session.config.pluginmanager.get_plugin('terminalreporter')\n"
        "    reporter.write_line(f'hypothesis imported: {\"hypothesis\" in sys.modules}')\n"
    )
    edge = record("edge.mean", "m = float(np.mean(x))\n", ["np.isfinite(m)", "isinstance(m, float)"], inputs={"x": "values"}, edge_cases=True)
    edge["code"] = "import numpy as np\n" + edge["code"]
    path = write_dataset(pytester, [GOOD, edge])
    result = pytester.runpytest_subprocess(str(path), "-m", "not edge_case")
    result.assert_outcomes(passed=2, deselected=1)
    result.stdout.fnmatch_lines(["hypothesis imported: False"])
    result = pytester.runpytest_subprocess(str(path))
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["hypothesis imported: True"])


def test_the_xdist_controller_imports_no_pandas(pytester: pytest.Pytester) -> None:
    """The controller only dispatches; it starts the workers after importing its plugins, so pandas
    (the fixtures, the edge-case reproduction) must not come in with ours."""
    pytester.makeconftest(
        "import sys\n\n"
        "def pytest_sessionfinish(session):\n"
        "    if not hasattr(session.config, 'workerinput'):\n"
        "        reporter = session.config.pluginmanager.get_plugin('terminalreporter')\n"
        "        reporter.write_line(f'controller imported pandas: {\"pandas\" in sys.modules}')\n"
    )
    path = write_dataset(pytester, [GOOD])
    result = pytester.runpytest_subprocess(str(path), "-n", "2")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*controller imported pandas: False"])


def test_preload_puts_pytests_import_hook_back(pytester: pytest.Pytester) -> None:
    """The assertion-rewriting finder steps aside while the stack and the package's modules are
    imported, and only then: the test modules and conftests are still rewritten."""
    pytester.makeconftest(
        "import sys\n\n"
        "def pytest_sessionfinish(session):\n"
        "    reporter = session.config.pluginmanager.get_plugin('terminalreporter')\n"
        "    reporter.write_line(f'first finder: {type(sys.meta_path[0]).__name__}')\n"
        "    for name in ('sciexamples.state', 'sciexamples.execute', 'conftest'):\n"
        "        reporter.write_line(f'{name} loaded by {type(sys.modules[name].__loader__).__name__}')\n"
    )
    result = pytester.runpytest_subprocess(str(write_dataset(pytester, [GOOD])))
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([
        "first finder: AssertionRewritingHook",
        "sciexamples.state loaded by SourceFileLoader",
        "sciexamples.execute loaded by SourceFileLoader",
        "conftest loaded by AssertionRewritingHook",
    ])


def test_preload_skips_missing_libraries_and_raises_what_an_import_raised(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The imports run on their own thread; what one raises is raised by preload, in the caller's."""
    import gc
    import sys

    from sciexamples.execute import preloading

    (tmp_path / "broken_lib.py").write_text("raise RuntimeError('broken at import')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(gc, "freeze", lambda: None)  # this test process keeps its collector as it was
    finders = list(sys.meta_path)
    monkeypatch.setattr(preloading, "PRELOAD", ("no_such_library_here", "broken_lib"))
    with pytest.raises(RuntimeError, match="broken at import"):
        preloading.preload.__wrapped__()  # the uncached function: the process preloaded long ago
    assert sys.meta_path == finders
    assert gc.isenabled()  # off only while the imports ran
    monkeypatch.setattr(preloading, "PRELOAD", ("no_such_library_here",))
    preloading.preload.__wrapped__()


def test_task_and_snippet_go_into_the_report_of_a_failure(pytester: pytest.Pytester) -> None:
    path = write_dataset(pytester, [record("sec.fail", "x = 1\n", ["x == 2", "True"]), record("sec.pass", "y = 5\n", ["y == 5", "True"])])
    result = pytester.runpytest(str(path), "-rA")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*Captured task call*", "task of sec.fail", "*Captured snippet call*", "x = 1"])
    # -rA prints the sections of passes too: a pass carries none
    assert "task of sec.pass" not in result.stdout.str() and "y = 5" not in result.stdout.str()


def test_xdist_workers_collect_the_same_items(pytester: pytest.Pytester) -> None:
    records = [record(f"n.item{i:02d}", f"x = {i}\n", [f"x == {i}", "True"]) for i in range(12)]
    path = write_dataset(pytester, records)
    result = pytester.runpytest_subprocess(str(path), "-n", "2")
    result.assert_outcomes(passed=12)


def test_ini_options_select_dataset_files_and_timeout(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nexamples_datasets = sets/*.json\nexamples_timeout = 1\n")
    (pytester.path / "sets").mkdir()
    (pytester.path / "sets" / "one.json").write_text(json.dumps([GOOD, record("z.hang", "while True:\n    pass\n", ["True", "True"])]))
    (pytester.path / "other.json").write_text("not a dataset")
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*TIMEOUT*1 s*"])


BAD_FILES = {
    "invalid_json": ("[{", "invalid JSON at line 1"),
    "not_a_list": ('{"id": "x"}', "must hold a JSON list of records, got dict"),
    "missing_field": (json.dumps([{k: v for k, v in GOOD.items() if k != "checks"}]), "record 0 (id 'good.mean'): missing required field(s): checks"),
    "unknown_field": (json.dumps([GOOD | {"colour": "red"}]), "record 0 (id 'good.mean'): unknown field(s): colour"),
    "wrong_type": (json.dumps([GOOD | {"tags": "plot"}]), "record 0 (id 'good.mean'): field 'tags' must be a list of non-empty strings"),
    "duplicate_id": (json.dumps([GOOD, GOOD]), "record 1 (id 'good.mean'): duplicate id 'good.mean' (first used by record 0)"),
    "unknown_input": (json.dumps([GOOD | {"inputs": {"df": "nope"}}]), "input 'df' names unknown input 'nope'"),
    "bad_difficulty": (json.dumps([GOOD | {"difficulty": "easy"}]), "field 'difficulty' must be one of basic, intermediate, advanced"),
}


def test_code_and_checks_are_compiled_once_per_example(monkeypatch: pytest.MonkeyPatch) -> None:
    """Validation compiles a record's code and checks; every run of it reuses those code objects."""
    import builtins
    import pickle

    from sciexamples.example import parse_records
    from sciexamples.execute import run_example

    (example,) = parse_records([GOOD], "probe")

    def compile_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    with monkeypatch.context() as patched:
        patched.setattr(builtins, "compile", compile_again)
        first, second = run_example(example, {}), run_example(example, {})
    assert (first.status, second.status) == ("passed", "passed"), first.message or second.message
    # other code (a mutant, an edited snippet) is compiled as given; the example still pickles
    assert run_example(example, {}, code="result = 5.0\n").failed_check == "result == 2.0"
    assert pickle.loads(pickle.dumps(example)) == example


def test_each_run_gets_an_empty_working_directory() -> None:
    """Runs that leave it empty share one directory; a run that leaves files gets it deleted."""
    import os

    from sciexamples.example import parse_records
    from sciexamples.execute import run_example

    shows = "import os\nprint(os.getcwd())\nfound = os.listdir('.')\n"
    probe = {**GOOD, "id": "t.probe", "code": shows, "checks": ["found == []", "True"], "stdout": "sciexample-"}
    writer = {**probe, "id": "t.writer", "code": shows + "open('left.txt', 'w').close()\n"}
    probe_example, writer_example = parse_records([probe, writer], "probe")
    start = os.getcwd()
    seen = []
    for example in (probe_example, probe_example, writer_example, probe_example):
        outcome = run_example(example, {})
        assert outcome.passed, outcome.message
        seen.append(outcome.stdout.strip())
    assert os.getcwd() == start
    assert seen[0] == seen[1] == seen[2] != seen[3]
    assert not os.path.exists(seen[2]) and os.listdir(seen[3]) == []


BROKEN = [
    GOOD | {"id": "broken.code", "code": "import numpy as np\ndef f(:\n    return 1\n", "inputs": {"x": "values"}, "edge_cases": True},
    GOOD | {"id": "broken.check", "checks": ["result == 2.0", "result >"]},
    GOOD | {"id": "broken.escape", "code": 'import re\npattern = "\\d+"\n', "requires": {"numpy": ">=999"}},
    GOOD | {"id": "broken.nested", "code": "x = " + "-" * 200_000 + "1\n"},
    record("fine.after", "y = 2\n", ["y == 2"]),
]


def test_a_record_that_does_not_compile_is_one_failing_item_and_the_rest_runs(pytester: pytest.Pytester) -> None:
    """Each broken record fails as itself, with the compiler's message and the line marked (no edge
    item, on every library version); the file's other records run."""
    path = write_dataset(pytester, [GOOD, *BROKEN])
    collected = pytester.runpytest(str(path), "--collect-only", "-q")
    collected.stdout.fnmatch_lines(["examples.json::broken.check", "examples.json::broken.code", "examples.json::broken.escape"])
    collected.stdout.no_fnmatch_line("*broken.code?edge?*")
    result = pytester.runpytest(str(path), "-rA")
    result.assert_outcomes(passed=2, failed=4)
    result.stdout.fnmatch_lines(
        [
            "*example broken.code: ERROR: code does not compile: invalid syntax (snippet line 2)*",
            "    1 | import numpy as np",
            ">   2 | def f(:",
        ]
    )
    result.stdout.fnmatch_lines(["*example broken.check: ERROR: check 1 does not compile (invalid syntax): 'result >'*"])
    result.stdout.fnmatch_lines(["*example broken.escape: ERROR: code does not compile: invalid escape sequence '\\d' (snippet line 2)*", ">   2 | pattern = *"])
    result.stdout.fnmatch_lines(["*example broken.nested: ERROR: code does not compile: *"])
    result.stdout.fnmatch_lines(["PASSED *::fine.after", "PASSED *::good.mean"])
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*invalid dataset file*")


def test_a_record_that_does_not_compile_fails_as_itself_in_isolated_mode(pytester: pytest.Pytester) -> None:
    path = write_dataset(pytester, [GOOD, BROKEN[0]])
    result = pytester.runpytest(str(path), "--examples-isolated")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*example broken.code: ERROR: code does not compile: invalid syntax (snippet line 2)*", ">   2 | def f(:"])
    result.stdout.no_fnmatch_line("*CRASHED*")


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_dataset_file_gets_a_clear_error(pytester: pytest.Pytester, case: str) -> None:
    text, message = BAD_FILES[case]
    path = pytester.makefile(".json", **{case: text})
    result = pytester.runpytest(str(path))
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines([f"*invalid dataset file: *{case}.json*{message}*"])
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*KeyError*")


def test_outside_team_with_their_own_dataset_and_inputs(pytester: pytest.Pytester) -> None:
    """A project that only installed the package: its own named inputs module and its own JSON."""
    pytester.makepyfile(
        lab_inputs='''
import numpy as np


def spectra(rng, n=50, peaks=2):
    wavelengths = np.linspace(400, 700, n)
    intensity = sum(np.exp(-((wavelengths - c) ** 2) / 200) for c in rng.uniform(450, 650, peaks))
    return {"wavelengths": wavelengths, "intensity": intensity + 0.01 * rng.standard_normal(n)}


def register(registry):
    registry.register_kind("spectrum", spectra, ("wavelengths", "intensity"))
    registry.declare("lab_spectrum", "spectrum", seed=3, n=120, peaks=3)
'''
    )
    records = [
        {
            "id": "lab.peak_wavelength",
            "task": "Find the wavelength of the highest `intensity` in the spectrum; store it in `peak`.",
            "code": "import numpy as np\n\npeak = wavelengths[np.argmax(intensity)]\n",
            "domain": "signal_processing", "libraries": ["numpy"],
            "inputs": {"wavelengths": "lab_spectrum.wavelengths", "intensity": "lab_spectrum.intensity"},
            "checks": ["wavelengths.min() <= peak <= wavelengths.max()", "intensity[list(wavelengths).index(peak)] == intensity.max()"],
            "difficulty": "basic", "tags": [],
        }
    ]
    path = pytester.makefile(".json", lab_examples=json.dumps(records))
    result = pytester.runpytest(str(path), "--examples-inputs", "lab_inputs.py", "-v")
    result.assert_outcomes(passed=1)
    result = pytester.runpytest(str(path))
    result.stdout.fnmatch_lines(["*input 'wavelengths' names unknown input 'lab_spectrum.wavelengths'*"])


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["n0", "n2"])
def test_the_ledger_has_one_line_per_example_written_by_the_controller(pytester: pytest.Pytester, workers: list[str]) -> None:
    records = [
        record("led.sleeps", "import time\ntime.sleep(0.2)\nx = 1\n", ["x == 1", "True"]),
        record("led.fails", "x = 1\n", ["x == 2", "True"]),
        GOOD,
    ]
    path = write_dataset(pytester, records)
    result = pytester.runpytest_subprocess(str(path), "--examples-ledger", "out/ledger.jsonl", *workers)
    result.assert_outcomes(passed=2, failed=1)
    rows = {row["id"]: row for row in map(json.loads, (pytester.path / "out" / "ledger.jsonl").read_text().splitlines())}
    assert sorted(rows) == ["good.mean", "led.fails", "led.sleeps"]
    assert rows["led.fails"]["outcome"] == "failed" and "x == 2" in rows["led.fails"]["message"]
    sleeps = rows["led.sleeps"]
    assert 0.2 <= sleeps["snippet_s"] <= sleeps["duration"] and 100 < sleeps["rss_mb"] < 4096 and sleeps["versions"]["numpy"]
    assert {row["worker"] for row in rows.values()} <= ({"gw0", "gw1"} if workers else {"main"})


def test_edge_inputs_do_not_change_with_the_literals_of_local_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hypothesis also draws numbers it finds in the source of "local" modules (this package when
    installed editable, conftest.py, any local module imported so far). Edge inputs must not depend
    on them: a long-lived xdist worker that imported more of them drew other inputs than a fresh
    process. Importing a local module full of new numbers must change nothing drawn."""
    import hashlib
    import importlib

    import numpy as np

    from sciexamples import edge
    from sciexamples.example import parse_records
    from sciexamples.fixtures import default_registry

    probe = record("edge.spread", "import numpy as np\nspread = float(np.ptp(signal))\n", ["spread >= 0", "True"], inputs={"signal": "noisy.signal"}, edge_cases=True)
    (example,) = parse_records([probe], "probe")
    drawn: list[str] = []
    real = edge.run_example

    def spy(example: object, inputs: dict, **kwargs: object) -> object:
        drawn.append(hashlib.sha256(np.ascontiguousarray(inputs["signal"]).tobytes()).hexdigest())
        return real(example, inputs, **kwargs)

    monkeypatch.setattr(edge, "run_example", spy)
    registry = default_registry()
    assert edge.run_edge_cases(example, registry).passed
    first = list(drawn)
    numbers = [*(str(13 * i) for i in range(1, 400)), *(str(i * 7.25) for i in range(1, 400))]
    (tmp_path / "many_literals.py").write_text(f"VALUES = [{', '.join(numbers)}]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("many_literals")
    drawn.clear()
    assert edge.run_edge_cases(example, registry).passed
    assert len(first) == 8 and drawn == first


def _example_file(pytester: pytest.Pytester, relative: str, code: str, checks: list[str]) -> Path:
    from sciexamples.example_file import render_example_file

    path = pytester.path / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_example_file({"task": "a task", **BASE, "checks": checks, "code": code}))
    return path


def test_an_example_file_named_on_the_command_line_runs_as_its_author_would_check_it(pytester: pytest.Pytester) -> None:
    """`pytest examples/<library>/<name>.py` (or a folder) runs each example file's record, its id
    the path under `examples/`; a plain module beside it is neither collected nor imported, and a
    session that names no example file collects none."""
    good = _example_file(pytester, "examples/stats/mean.py", "import numpy as np\n\nresult = np.mean([1.0, 2.0])\n", ["result == 1.5", "result > 0"])
    _example_file(pytester, "examples/stats/sweep/wrong.py", "total = sum([1, 2])\n", ["total == 4", "total > 0"])
    (pytester.path / "examples" / "stats" / "helper.py").write_text("raise RuntimeError('imported')\n")
    pytester.makepyfile(test_plain="def test_plain():\n    assert True\n")

    result = pytester.runpytest(str(good), "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*examples/stats/mean.py::stats.mean PASSED*"])

    result = pytester.runpytest("examples", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*example stats.sweep.wrong: FAILED: check 0 evaluated to false: total == 4*"])

    result = pytester.runpytest("test_plain.py")
    result.assert_outcomes(passed=1)


def test_the_plugin_recognises_the_block_the_example_files_open_with() -> None:
    """The plugin tells an example file by its first line without importing the file format's module."""
    import inspect

    from sciexamples import example_file, pytest_plugin

    assert f'b"# /// {example_file.BLOCK}"' in inspect.getsource(pytest_plugin._PluginState.wants_example_file)


def test_each_alternative_is_its_own_item_judged_as_the_reference(pytester: pytest.Pytester) -> None:
    """`alternatives` are other correct solutions: each runs as `id[alternative N]` on the same
    inputs and checks (and edge cases, `id[alternative N, edge]`); a wrong one fails as itself."""
    example = record(
        "alt.mean", "import numpy as np\nresult = np.mean(values)\n", ["np.isclose(result, values.mean())", "np.ndim(result) == 0"],
        inputs={"values": "values"}, edge_cases=True,
        alternatives=["result = sum(values) / len(values)\n", "import statistics\nresult = statistics.median(values)\n"],
    )
    path = write_dataset(pytester, [example])
    result = pytester.runpytest(str(path), "-v", "-p", "no:randomly")
    result.stdout.fnmatch_lines([
        "*::alt.mean PASSED*", "*::alt.mean?edge? PASSED*",
        "*::alt.mean?alternative 1? PASSED*", "*::alt.mean?alternative 1, edge? PASSED*",
        "*::alt.mean?alternative 2? FAILED*",
    ])
    result.assert_outcomes(passed=4, failed=2)
