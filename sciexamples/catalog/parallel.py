"""Parallel work the libraries do for you: `n_jobs`, joblib, SciPy's `workers=`, executors."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "data_processing"
SK = ["scikit-learn"]
CROSS_VALIDATED = {"min_size": 40, "why": "five stratified folds need five samples of every class (the rarer one is 15% at least)"}
HELD_OUT = {"min_size": 40, "why": "a stratified 25% test part needs two samples of every class (the rarer one is 15% at least)"}
# seconds: a process pool starts its workers afresh in every run, each importing what the task needs
# (scikit-learn: 10-20 s on a busy two-core machine before the first task runs)
PROCESS_POOL_TIMEOUT = 120
# seconds: OpenMP's threads wait for one another at every split found, which on an oversubscribed
# machine costs a time slice each (100 iterations took 40-80 s on two cores shared with other jobs)
OPENMP_TIMEOUT = 120


def examples() -> Iterator[Example]:
    yield from _scikit_learn()
    yield from _joblib_and_executors()
    yield from _scipy_workers()


def _scikit_learn() -> Iterator[Example]:
    yield ex(
        id="parallel.grid_search_all_cores",
        task="""Tune the inverse regularisation strength `C` of a `LogisticRegression` (with
        `max_iter=1000`) on `X`, `y` over the grid 0.01, 0.1, 1 and 10 with `GridSearchCV` and
        5-fold cross-validation, fitting the candidates on all CPU cores; store the fitted search in
        `search`.""",
        code="""
            from sklearn.linear_model import LogisticRegression
            from sklearn.model_selection import GridSearchCV

            # the 4 x 5 fits are independent: n_jobs=-1 spreads them over every core
            search = GridSearchCV(
                LogisticRegression(max_iter=1000),
                param_grid={"C": [0.01, 0.1, 1, 10]},
                cv=5,
                n_jobs=-1,
            )
            search.fit(X, y)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "sorted(params['C'] for params in search.cv_results_['params']) == [0.01, 0.1, 1, 10]",
            "search.n_splits_ == 5 and search.best_params_['C'] in (0.01, 0.1, 1, 10)",
            "search.best_score_ == search.cv_results_['mean_test_score'].max()",
            "search.best_estimator_.C == search.best_params_['C'] and search.best_estimator_.predict(X).shape == y.shape",
        ],
        edge_cases=CROSS_VALIDATED,
        timeout=PROCESS_POOL_TIMEOUT,
        difficulty="intermediate",
        tags=["parallel", "parameter-tuning", "cross-validation"],
    )
    yield ex(
        id="parallel.cross_validate_all_cores",
        task="""Cross-validate a standardize-then-`LogisticRegression` pipeline on `X`, `y` with
        `cross_validate`, 5 folds and both accuracy and ROC AUC as scores, running the folds on
        all CPU cores; store the result dictionary in `cv_results`.""",
        code="""
            from sklearn.linear_model import LogisticRegression
            from sklearn.model_selection import cross_validate
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            model = make_pipeline(StandardScaler(), LogisticRegression())
            # each fold is fitted in its own worker process; the scores do not depend on how many
            cv_results = cross_validate(model, X, y, cv=5, scoring=["accuracy", "roc_auc"], n_jobs=-1)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "len(cv_results['test_accuracy']) == 5 and len(cv_results['test_roc_auc']) == 5",
            "np.all((cv_results['test_accuracy'] >= 0) & (cv_results['test_accuracy'] <= 1))",
            "np.all((cv_results['test_roc_auc'] >= 0) & (cv_results['test_roc_auc'] <= 1))",
            "len(cv_results['fit_time']) == 5 and np.all(cv_results['fit_time'] >= 0)",
        ],
        edge_cases=CROSS_VALIDATED,
        timeout=PROCESS_POOL_TIMEOUT,
        difficulty="intermediate",
        tags=["parallel", "cross-validation", "pipeline"],
    )
    yield ex(
        id="parallel.random_forest_all_cores",
        task="""Fit a `RandomForestClassifier` of 200 trees with `random_state=0` on `X`, `y`,
        building the trees on all CPU cores; store the fitted model in `forest`.""",
        code="""
            from sklearn.ensemble import RandomForestClassifier

            # trees are grown in parallel threads; random_state fixes every tree, so the forest is
            # the same whatever the number of cores
            forest = RandomForestClassifier(n_estimators=200, random_state=0, n_jobs=-1)
            forest.fit(X, y)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "len(forest.estimators_) == 200 and forest.n_features_in_ == X.shape[1]",
            "forest.predict(X).shape == y.shape",
            # the same forest fitted on one core
            "np.allclose(forest.predict_proba(X), type(forest)(**{**forest.get_params(), 'n_jobs': 1}).fit(X, y).predict_proba(X))",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["parallel", "ensemble", "classification"],
    )
    yield ex(
        id="parallel.permutation_importance_all_cores",
        task="""Split `X`, `y` into training and test parts (25% test, stratified, `random_state=0`),
        fit a `RandomForestClassifier` (100 trees, `random_state=0`) on the training part as
        `model`, and compute its permutation importances on the test part with 10 repeats and
        `random_state=0`, evaluating the repeats on all CPU cores; store the result in
        `importances` and the test part in `X_test`, `y_test`.""",
        code="""
            from sklearn.ensemble import RandomForestClassifier
            from sklearn.inspection import permutation_importance
            from sklearn.model_selection import train_test_split

            X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
            model = RandomForestClassifier(n_estimators=100, random_state=0).fit(X_train, y_train)
            # every feature is shuffled and rescored independently: n_jobs=-1 runs them in parallel
            importances = permutation_importance(model, X_test, y_test, n_repeats=10, random_state=0, n_jobs=-1)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "importances.importances.shape == (X.shape[1], 10)",
            "np.allclose(importances.importances_mean, importances.importances.mean(axis=1))",
            "np.allclose(importances.importances_std, importances.importances.std(axis=1))",
            # a drop in accuracy, which can't exceed the model's accuracy on the test part
            "np.all(importances.importances <= model.score(X_test, y_test) + 1e-12)",
        ],
        edge_cases=HELD_OUT,
        timeout=PROCESS_POOL_TIMEOUT,
        difficulty="intermediate",
        tags=["parallel", "model-inspection", "feature-importance"],
    )
    yield ex(
        id="parallel.hist_gradient_boosting_classifier",
        task="""Fit a `HistGradientBoostingClassifier` (50 boosting iterations at most,
        `random_state=0`) on `X`, `y` and store it in `model` and its accuracy on `X`, `y` in
        `train_accuracy`.""",
        code="""
            from sklearn.ensemble import HistGradientBoostingClassifier

            # no n_jobs here: the histogram building runs on all cores through OpenMP threads (set
            # OMP_NUM_THREADS, or threadpoolctl's threadpool_limits, to use fewer)
            model = HistGradientBoostingClassifier(max_iter=50, random_state=0).fit(X, y)
            train_accuracy = model.score(X, y)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "1 <= model.n_iter_ <= 50 and model.predict(X).shape == y.shape",
            "train_accuracy == np.mean(model.predict(X) == y)",
            # at least as good as always predicting the most frequent class
            "train_accuracy >= np.bincount(y).max() / len(y) - 1e-12",
        ],
        edge_cases=True,
        timeout=OPENMP_TIMEOUT,
        difficulty="basic",
        tags=["parallel", "ensemble", "classification"],
    )
    yield ex(
        id="parallel.hist_gradient_boosting_regressor",
        task="""Fit a `HistGradientBoostingRegressor` (50 boosting iterations, early stopping off)
        on `X`, `y`; store it in `model` and its predictions for `X` in `predicted`.""",
        code="""
            from sklearn.ensemble import HistGradientBoostingRegressor

            # multithreaded by OpenMP on every core; early_stopping=False runs all 50 iterations
            model = HistGradientBoostingRegressor(max_iter=50, early_stopping=False).fit(X, y)
            predicted = model.predict(X)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "model.n_iter_ == 50 and predicted.shape == y.shape",
            # boosting from the mean only ever lowers the training squared error
            "np.mean((y - predicted) ** 2) <= np.var(y) * (1 + 1e-9) + 1e-12",
        ],
        edge_cases=True,
        timeout=OPENMP_TIMEOUT,
        difficulty="basic",
        tags=["parallel", "ensemble", "regression"],
    )


def _joblib_and_executors() -> Iterator[Example]:
    yield ex(
        id="parallel.joblib_bootstrap_means",
        task="""Compute 1000 bootstrap means of the 1-D array `values` in parallel with joblib:
        define `bootstrap_mean(seed)` returning the mean of one resample of `values` (with
        replacement, same size) drawn with `np.random.default_rng(seed)`, evaluate it for the
        seeds 0 to 999 with `Parallel(n_jobs=-1)` into the array `boot_means`, and store the 2.5th
        and 97.5th percentiles of `boot_means` in `ci_low` and `ci_high`.""",
        code="""
            import numpy as np
            from joblib import Parallel, delayed

            def bootstrap_mean(seed):
                rng = np.random.default_rng(seed)
                return rng.choice(values, size=values.size, replace=True).mean()

            # one seed per task: the result does not depend on which worker runs which resample.
            # joblib sends the function (and the `values` it uses) to its worker processes itself
            boot_means = np.array(Parallel(n_jobs=-1)(delayed(bootstrap_mean)(seed) for seed in range(1000)))
            ci_low, ci_high = np.percentile(boot_means, [2.5, 97.5])
        """,
        domain="statistics",
        libraries=["joblib", "numpy"],
        inputs={"values": "values"},
        checks=[
            "boot_means.shape == (1000,)",
            # the same means as a serial loop
            "np.allclose(boot_means, [bootstrap_mean(seed) for seed in range(1000)], equal_nan=True)",
            "np.isclose(ci_low, np.percentile(boot_means, 2.5)) and np.isclose(ci_high, np.percentile(boot_means, 97.5))",
            # a mean of equal values may round one unit in the last place outside their range
            "values.min() - 1e-12 * np.abs(values).max() <= ci_low <= ci_high <= values.max() + 1e-12 * np.abs(values).max()",
        ],
        edge_cases=True,
        timeout=PROCESS_POOL_TIMEOUT,
        difficulty="intermediate",
        tags=["parallel", "bootstrap", "confidence-interval"],
    )
    yield ex(
        id="parallel.thread_pool_column_medians",
        task="""Compute the median of every column of the 2-D array `matrix` concurrently, one task
        per column, with a `concurrent.futures.ThreadPoolExecutor` and its `map`; store the
        medians, in column order, in the 1-D array `medians`.""",
        code="""
            from concurrent.futures import ThreadPoolExecutor

            import numpy as np

            # threads share `matrix` without copying it (a process pool would pickle every column);
            # map returns the results in the order of the columns; leaving the with-block waits for
            # the threads and shuts the pool down
            with ThreadPoolExecutor() as executor:
                medians = np.array(list(executor.map(np.median, matrix.T)))
        """,
        domain="numerical_methods",
        libraries=["numpy"],
        inputs={"matrix": "matrix"},
        checks=[
            "medians.shape == (matrix.shape[1],)",
            "np.allclose(medians, np.median(matrix, axis=0), equal_nan=True)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["parallel", "threads", "descriptive-statistics"],
    )


def _scipy_workers() -> Iterator[Example]:
    yield ex(
        id="parallel.differential_evolution_workers",
        task="""Minimise SciPy's Rosenbrock function `scipy.optimize.rosen` over the box [0, 2] in
        each of 3 dimensions with `differential_evolution` (`seed=1`), evaluating each generation's
        candidates in 2 worker processes; store the result in `result`.""",
        code="""
            from scipy.optimize import differential_evolution, rosen

            bounds = [(0, 2)] * 3
            # workers=2 evaluates a whole generation at once in a pool of 2 processes, which needs
            # updating="deferred" (SciPy would switch to it, with a warning); the objective must be
            # picklable: a module-level function such as rosen
            result = differential_evolution(rosen, bounds, seed=1, workers=2, updating="deferred")
        """,
        domain="numerical_methods",
        libraries=["scipy.optimize"],
        checks=[
            "result.x.shape == (3,) and np.all((result.x >= 0) & (result.x <= 2))",
            # the minimum is 0, at (1, 1, 1)
            "np.allclose(result.x, 1, atol=1e-3) and result.fun < 1e-6",
            "np.isclose(result.fun, scipy.optimize.rosen(result.x))",
        ],
        timeout=PROCESS_POOL_TIMEOUT,
        difficulty="intermediate",
        tags=["parallel", "global-optimization"],
    )
    yield ex(
        id="parallel.rfft_rows_workers",
        task="""Compute the real FFT of every row of the 2-D array `matrix` with `scipy.fft.rfft`
        along axis 1, using all CPU cores; store the complex result in `spectra`.""",
        code="""
            import scipy.fft

            # workers=-1 splits the independent row transforms over every core; a single 1-D
            # transform is not split
            spectra = scipy.fft.rfft(matrix, axis=1, workers=-1)
        """,
        domain="signal_processing",
        libraries=["scipy.fft", "numpy"],
        inputs={"matrix": "matrix"},
        checks=[
            "spectra.shape == (matrix.shape[0], matrix.shape[1] // 2 + 1)",
            "np.allclose(spectra, np.fft.rfft(matrix, axis=1), equal_nan=True)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["parallel", "fft"],
    )
