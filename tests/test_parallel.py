"""Parallel library code verifies: the pools libraries keep for reuse end with the run that started
them, threads a library starts may end, and warnings blocks left out of order across threads leave no
trace, in-process and isolated, with and without xdist, run after run; what a snippet itself leaves
running is still refused."""

from __future__ import annotations

import json
import re

import pytest

BASE = {"domain": "data_processing", "libraries": ["scikit-learn"], "difficulty": "basic", "tags": []}
CLASSIFICATION = {"X": "clf.X", "y": "clf.y"}

# name: (code, checks, inputs). Each one failed the gate before pools, threads and warnings blocks of
# libraries were told from the snippet's own (the comment says how).
PARALLEL = {
    # joblib's reusable loky executor kept its workers and two threads: "child processes still
    # running", "threads still running: ExecutorManagerThread, QueueFeederThread"; a function the
    # snippet defines goes to the workers by value (cloudpickle)
    "joblib_loky": (
        "from joblib import Parallel, delayed\ndef square(value):\n    return value * value\n"
        "squares = Parallel(n_jobs=2)(delayed(square)(i) for i in range(8))\n",
        ["squares == [i * i for i in range(8)]"], {},
    ),
    # SciPy's pool stops its workers, which are its forkserver's children (newest SciPy): "the snippet
    # sent SIGTERM to process N, which it did not start"; with the fork start method (SciPy 1.11) the
    # pool's processes carry finalizers in reference cycles: "finalizers run at exit"
    "differential_evolution_workers": (
        "from scipy.optimize import differential_evolution, rosen\n"
        "result = differential_evolution(rosen, [(0, 2)] * 2, workers=2, updating='deferred', seed=1, maxiter=5, polish=False)\n",
        ["result.x.shape == (2,)"], {},
    ),
    # multiprocessing's forkserver, resource tracker and temporary directory stay for the process
    "forkserver_pool": (
        "import multiprocessing as mp\nwith mp.get_context('forkserver').Pool(2) as pool:\n    absolute = pool.map(abs, [-1, -2])\n",
        ["absolute == [1, 2]"], {},
    ),
    "spawn_process_pool": (
        "import multiprocessing as mp\nfrom concurrent.futures import ProcessPoolExecutor\n"
        "with ProcessPoolExecutor(2, mp_context=mp.get_context('spawn')) as executor:\n    absolute = list(executor.map(abs, [-1, -2]))\n",
        ["absolute == [1, 2]"], {},
    ),
    # the pool's processes and queues, kept in a reference cycle, carry finalizers until collected
    "pool_in_a_cycle": (
        "import multiprocessing as mp\nclass Holder:\n    pass\nholder = Holder()\nholder.itself = holder\n"
        "holder.pool = mp.get_context('fork').Pool(2)\nwith holder.pool:\n    absolute = holder.pool.map(abs, [-1, -2])\n",
        ["absolute == [1, 2]"], {},
    ),
    # a thread pool's terminate (joblib's threading backend) sends its workers their last task and
    # does not wait for them: one still sleeping was "still running"
    "thread_pool_terminated": (
        "import time\nfrom multiprocessing.pool import ThreadPool\nwith ThreadPool(2) as pool:\n"
        "    pending = pool.apply_async(time.sleep, (0.3,))\n    doubled = pool.map(lambda v: 2 * v, [1, 2])\n",
        ["doubled == [2, 4]"], {},
    ),
    # two blocks on two threads, left in the order they were entered: "changed warnings filters"
    "warnings_blocks_out_of_order": (
        "import threading\nimport warnings\nfrom concurrent.futures import ThreadPoolExecutor\n"
        "second_entered, first_left = threading.Event(), threading.Event()\n"
        "def first():\n    with warnings.catch_warnings():\n        warnings.simplefilter('ignore')\n        second_entered.wait()\n    first_left.set()\n"
        "def second():\n    with warnings.catch_warnings():\n        warnings.simplefilter('error')\n        second_entered.set()\n        first_left.wait()\n"
        "with ThreadPoolExecutor(max_workers=2) as executor:\n    entered_first = executor.submit(first)\n"
        "    while warnings.filters[0][0] != 'ignore':\n        pass\n    executor.submit(second).result()\n    entered_first.result()\n"
        "done = True\n",
        ["done"], {},
    ),
    # scikit-learn runs each of a forest's joblib tasks in a warnings block on a thread of its own
    "forest_n_jobs": (
        "from sklearn.ensemble import RandomForestClassifier\nforest = RandomForestClassifier(n_estimators=20, n_jobs=-1, random_state=0).fit(X, y)\n",
        ["forest.score(X, y) > 0.8"], CLASSIFICATION,
    ),
    "hist_gradient_boosting": (
        "from sklearn.ensemble import HistGradientBoostingClassifier\nmodel = HistGradientBoostingClassifier(max_iter=20).fit(X, y)\n",
        ["model.score(X, y) > 0.8"], CLASSIFICATION,
    ),
}

# after each: no process of the run before is left, and a process pool (the forkserver, the resource
# tracker, multiprocessing's temporary directory all started afresh) works; closing the descriptor of a
# tracker the harness had killed was refused here ("the snippet would close fd 20, open before it ran").
# (A thread joined a moment ago may still be listed, and gone when its children are read.)
AFTER = (
    "import os\nimport multiprocessing as mp\nfrom concurrent.futures import ProcessPoolExecutor\n"
    "def children():\n    found = []\n    for task in os.listdir('/proc/self/task'):\n"
    "        try:\n            with open(f'/proc/self/task/{task}/children') as listing:\n                found += listing.read().split()\n"
    "        except FileNotFoundError:  # a thread that ended meanwhile\n            pass\n    return found\n"
    "left = children()\n"
    "with ProcessPoolExecutor(1, mp_context=mp.get_context('forkserver')) as executor:\n    absolute = executor.submit(abs, -3).result()\n"
)
AFTER_CHECKS = ["left == []", "absolute == 3"]

# run ten times: the ones whose verdict depended on a race, and the executor started anew each time
REPEATED = ("joblib_loky", "thread_pool_terminated", "warnings_blocks_out_of_order", "forest_n_jobs", "hist_gradient_boosting")

MODES = {"in-process": [], "isolated": ["--examples-isolated"]}


def _record(id: str, code: str, checks: list[str], inputs: dict) -> dict:
    return {"id": id, "task": id, "code": code, "checks": checks, "inputs": inputs, **BASE}


def _run(pytester: pytest.Pytester, records: list[dict], mode: str, workers: str) -> pytest.RunResult:
    path = pytester.makefile(".json", parallel=json.dumps(records))
    args = [str(path), "-rA", "-p", "no:randomly", "--examples-timeout", "120", *MODES[mode]]
    return pytester.runpytest_subprocess(*args, *(["-n", workers] if workers != "0" else []), timeout=1800)


@pytest.mark.parametrize("workers", ["0", "2"])
@pytest.mark.parametrize("mode", sorted(MODES))
def test_parallel_snippets_pass_and_so_does_the_example_after_each(pytester: pytest.Pytester, mode: str, workers: str) -> None:
    records = []
    for i, (name, (code, checks, inputs)) in enumerate(sorted(PARALLEL.items())):
        records.append(_record(f"{i:02d}a.{name}", code, checks, inputs))
        records.append(_record(f"{i:02d}b.after_{name}", AFTER, AFTER_CHECKS, {}))
    result = _run(pytester, records, mode, workers)
    out = result.stdout.str()
    assert result.ret == 0, "\n".join(re.findall(r"example \S+: [A-Z]+: .*", out)) or out[-3000:]
    result.assert_outcomes(passed=len(records))


@pytest.mark.parametrize("workers", ["0", "2"])
@pytest.mark.parametrize("mode", sorted(MODES))
def test_parallel_snippets_pass_ten_times_in_a_row(pytester: pytest.Pytester, mode: str, workers: str) -> None:
    records = []
    for run in range(10):
        for name in REPEATED:
            code, checks, inputs = PARALLEL[name]
            records.append(_record(f"r{run}.{name}", code, checks, inputs))
            records.append(_record(f"r{run}.{name}.after", "x = 1\n", ["x == 1"], {}))
    result = _run(pytester, records, mode, workers)
    out = result.stdout.str()
    assert result.ret == 0, "\n".join(re.findall(r"example \S+: [A-Z]+: .*", out)) or out[-3000:]
    result.assert_outcomes(passed=len(records))


def test_a_run_leaves_no_pool_or_helper_process_of_a_library_running() -> None:
    """What the libraries keep for reuse and the run started is shut down the way they shut it down
    themselves; what ran before the run (here, perhaps, a resource tracker of another test's
    isolated worker) is left as it was."""
    import multiprocessing.forkserver
    import multiprocessing.resource_tracker

    from joblib.externals.loky import reusable_executor
    from joblib.externals.loky.backend import resource_tracker as loky_tracker

    from sciexamples.example import parse_records
    from sciexamples.execute import run_example
    from sciexamples.state import started_here

    def helpers() -> tuple:
        return (
            multiprocessing.forkserver._forkserver._forkserver_pid, multiprocessing.resource_tracker._resource_tracker._pid,
            loky_tracker._resource_tracker._pid, multiprocessing.current_process()._config.get("tempdir"),
        )

    names = ("joblib_loky", "forkserver_pool", "spawn_process_pool")
    examples = parse_records([_record(name, *PARALLEL[name]) for name in names], "probe")
    before = (helpers(), started_here())
    for example in examples:
        outcome = run_example(example, {})
        assert outcome.passed, (example.id, outcome.message, outcome.details)
        executor = reusable_executor._executor
        assert executor is None or executor._flags.shutdown
        assert (helpers(), started_here()) == before


# what a snippet itself leaves running, or signals, is still refused: (code, the offence reported)
STILL_REFUSED = {
    # its own pool, never closed: the pool's threads and workers
    "own_pool_left_running": (
        "import multiprocessing as mp\npool = mp.get_context('fork').Pool(2)\nabsolute = pool.map(abs, [-1])\n",
        "threads still running: Thread-",
    ),
    # its own executor, never shut down, whose workers hold the resource tracker's pipe: they are
    # killed and reported before the tracker is stopped, which would otherwise wait for them for ever
    "own_spawn_executor_left_running": (
        "import multiprocessing as mp\nfrom concurrent.futures import ProcessPoolExecutor\n"
        "executor = ProcessPoolExecutor(1, mp_context=mp.get_context('spawn'))\nabsolute = executor.submit(abs, -1).result()\n",
        "child processes still running",
    ),
    # a library's thread pool it never shut down: still running once the grace for library threads is over
    "own_thread_executor_left_running": (
        "import time\nfrom concurrent.futures import ThreadPoolExecutor\nThreadPoolExecutor(1, thread_name_prefix='idle').submit(time.sleep, 600)\nabsolute = 1\n",
        "threads still running: idle_0",
    ),
    # its own thread, not joined: judged at once, however soon it would end
    "own_thread_left_running": (
        "import threading, time\nthreading.Thread(target=time.sleep, args=(5,), name='napper').start()\nabsolute = 1\n",
        "threads still running: napper",
    ),
}


@pytest.mark.parametrize("workers", ["0", "2"])
def test_what_a_snippet_leaves_running_itself_is_still_refused(pytester: pytest.Pytester, workers: str) -> None:
    records = []
    for i, (name, (code, _)) in enumerate(sorted(STILL_REFUSED.items())):
        records.append(_record(f"{i:02d}a.{name}", code + "done = True\n", ["done", "absolute"], {}))
        records.append(_record(f"{i:02d}b.after_{name}", AFTER, AFTER_CHECKS, {}))
    result = _run(pytester, records, "in-process", workers)
    out = result.stdout.str()
    for i, (name, (_, fragment)) in enumerate(sorted(STILL_REFUSED.items())):
        report = re.search(rf"example {i:02d}a\.{name}: FAILED: (.*?)\n(?:_{{3,}}|={{3,}})", out, re.S)
        assert report and fragment in report.group(1), f"{name}: expected {fragment!r}"
        assert re.search(rf"PASSED \S*::{i:02d}b\.after_{name}\b", out), f"the example after {name} failed"
    result.assert_outcomes(passed=len(STILL_REFUSED), failed=len(STILL_REFUSED))


def test_every_step_of_ending_a_run_happens_when_the_time_limit_expires_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The time limit fires once; when it expired while library threads were given their moment, the
    helper processes were left for the state guard to kill, and the library failed the next run
    needing them (the forkserver waited for a pid that was gone)."""
    import multiprocessing.forkserver

    from sciexamples import execute
    from sciexamples.example import parse_records

    def expires(*args: object) -> None:
        raise execute.ExampleTimeout(1)

    # this process (an xdist worker) may hold children from earlier tests: helpers kept from before,
    # which no run here started; the run after must find none besides those
    namespace: dict = {}
    exec(AFTER.split("left = children()")[0], namespace)
    earlier = set(namespace["children"]())
    after_checks = [f"set(left) <= {earlier!r}", *AFTER_CHECKS[1:]]
    pool, after = parse_records([_record("pool", *PARALLEL["forkserver_pool"]), _record("after", AFTER, after_checks, {})], "probe")
    forkserver_before = multiprocessing.forkserver._forkserver._forkserver_pid
    with monkeypatch.context() as patched:
        patched.setattr(execute.run, "let_library_threads_end", expires)  # the run looks it up in its own module
        outcome = execute.run_example(pool, {})
    assert outcome.status == execute.TIMEOUT and not outcome.details, (outcome.message, outcome.details)
    assert multiprocessing.forkserver._forkserver._forkserver_pid == forkserver_before
    outcome = execute.run_example(after, {})
    assert outcome.passed, (outcome.message, outcome.details)


def test_the_time_limit_waits_while_a_helper_process_is_stopped() -> None:
    """A helper stopped halfway (its descriptor closed, its process not waited for) would fail the
    next run needing it: the time limit's signal is held back until the stop is done."""
    import signal
    import time

    from sciexamples.workers import _time_limit_deferred

    class Expired(Exception):
        pass

    def expire(signum: int, frame: object) -> None:
        raise Expired

    previous = signal.signal(signal.SIGALRM, expire)
    finished = False
    try:
        with pytest.raises(Expired):
            with _time_limit_deferred():
                signal.setitimer(signal.ITIMER_REAL, 0.01)
                time.sleep(0.2)
                finished = True
            time.sleep(1)  # the held-back signal arrives here
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert finished


def test_runs_inside_executor_kept_share_its_workers_and_it_ends_after_them() -> None:
    """The runs of a block use the executor `executor_kept` started, workers and all, and pass; the
    block shuts it down after them. A run outside such a block starts an executor of its own, shut
    down as it ends."""
    from joblib.externals.loky import reusable_executor

    from sciexamples.example import parse_records
    from sciexamples.execute import run_example
    from sciexamples.workers import executor_kept, executors_started

    (example,) = parse_records([_record("joblib_loky", *PARALLEL["joblib_loky"])], "probe")
    started = executors_started()
    with executor_kept(2):
        kept = reusable_executor._executor
        workers = set(kept._processes)
        for _ in range(3):
            outcome = run_example(example, {})
            assert outcome.passed, (outcome.message, outcome.details)
            assert reusable_executor._executor is kept and not kept._flags.shutdown
            assert set(kept._processes) == workers
    assert kept._flags.shutdown
    assert executors_started() == started
    outcome = run_example(example, {})
    assert outcome.passed, (outcome.message, outcome.details)
    assert executors_started() == started + 1


@pytest.mark.parametrize(("mode", "most"), [("in-process", 1), ("isolated", 2)])
def test_the_edge_runs_of_an_example_whose_run_started_joblibs_executor_share_one(pytester: pytest.Pytester, mode: str, most: int) -> None:
    """Each check reads how many executors runs in its process had started (and the harness shut
    down) by then: the reference's run starts one (isolated, the edge item's job runs the reference
    once more first), and the eight edge runs after it start none, for they share the one kept for
    them. Started afresh in every run, the count would reach the eighth edge run's check at 8 or more."""
    code = "from joblib import Parallel, delayed\nsquares = Parallel(n_jobs=2)(delayed(abs)(v) for v in values[:4])\n"
    checks = ["len(squares) == len(values[:4])", f"__import__('sciexamples.workers').workers.executors_started() <= {most}"]
    record = {**_record("pool.edge", code, checks, {"values": "values"}), "edge_cases": True}
    path = pytester.makefile(".json", parallel=json.dumps([record]))
    result = pytester.runpytest_subprocess(str(path), "-rA", "-p", "no:randomly", "--examples-timeout", "120", *MODES[mode], timeout=600)
    out = result.stdout.str()
    assert result.ret == 0, out[-3000:]
    result.assert_outcomes(passed=2)
