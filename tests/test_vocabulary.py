"""The closed vocabulary: unknown domains and tags are refused with the closest known ones, and a
tag that claims something of the code needs code that shows it."""

from __future__ import annotations

import pytest
from records import ex

from sciexamples.example import DatasetError
from sciexamples.vocabulary import check_vocabulary, domains, tags, vocabulary_problems


def _record(tags: list[str], code: str = "x = 1\n", domain: str = "data_processing", **fields: object):
    return ex(id="probe.vocab", task="Set `x`.", code=code, checks=["x == 1"], domain=domain, libraries=["numpy"], difficulty="basic", tags=tags, **fields)


def test_the_vocabulary_has_the_machine_learning_domain_and_tags_in_groups() -> None:
    assert "machine_learning" in domains()
    assert {"error-handling", "time-series", "missing-data"} <= set(tags())
    assert "timeseries" not in tags()


@pytest.mark.parametrize(
    ("record", "problems"),
    [
        (_record(["time-series"]), []),
        (_record(["timeseries"]), ["unknown tag 'timeseries'; closest: time-series"]),
        (_record(["time-series"], domain="ml"), ["unknown domain 'ml'"]),
        # the tag claims error handling that the code does not do
        (_record(["error-handling"]), ["tag 'error-handling' needs code that shows it"]),
        (_record(["error-handling"], code="try:\n    x = 1\nexcept ValueError:\n    x = 0\n"), []),
        (_record(["error-handling"], code="x = 1\nraise SystemExit\n", raises="SystemExit"), []),
        (_record(["parallelism"]), ["tag 'parallelism' needs code that shows it"]),
        (_record(["parallelism"], code="from joblib import Parallel, delayed\n\nx = sum(Parallel(n_jobs=2)(delayed(abs)(v) for v in [1]))\n"), []),
        (_record(["parallelism"], code="from multiprocessing.pool import ThreadPool\n\nwith ThreadPool(2) as pool:\n    x = pool.map(abs, [-1])\n"), []),
        (_record(["parallelism"], code="import numpy as np\nimport scipy.fft\n\nwith scipy.fft.set_workers(2):\n    x = scipy.fft.fft(np.ones(4))\n"), []),
    ],
)
def test_unknown_words_and_unfounded_claims_are_refused(record, problems: list[str]) -> None:
    found = vocabulary_problems(record)
    assert len(found) == len(problems) and all(f.startswith(p) for f, p in zip(found, problems, strict=True)), found
    if problems:
        with pytest.raises(DatasetError, match="vocabulary problem"):
            check_vocabulary([record])


@pytest.mark.pin_independent
def test_every_shipped_record_speaks_the_vocabulary() -> None:
    from pathlib import Path

    from sciexamples.example_file import read_examples

    check_vocabulary(read_examples(Path(__file__).resolve().parents[1] / "examples"))
