"""Machine learning with scikit-learn: preprocessing, pipelines, model selection, models, metrics."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "data_processing"
SK = ["scikit-learn"]
SK_NP = ["scikit-learn", "numpy"]
SK_PD = ["scikit-learn", "pandas"]
# Edge-case narrowings below name the property of the input they stand for. The generated
# classification data (sciexamples/fixtures/strategies.py) is imbalanced half the time: class 0
# takes 85% and the rest share 15%, so the rarest class has int(0.15 * n) samples in a binary draw
# and int(0.075 * n) in a three-class one (fewer than one below 14 samples: the class is absent).


def examples() -> Iterator[Example]:
    yield from _preprocessing()
    yield from _model_selection()
    yield from _classification()
    yield from _regression()
    yield from _unsupervised()
    yield from _evaluation()
    yield from _errors()


def _preprocessing() -> Iterator[Example]:
    yield ex(
        id="sklearn.train_test_split_stratified",
        task="""Split the imbalanced classification data `X`, `y` into 75% training and 25% test
        parts with `train_test_split`, stratified on `y` so both parts keep the class proportions;
        store `X_train`, `X_test`, `y_train`, `y_test`.""",
        code="""
            from sklearn.model_selection import train_test_split

            # stratify=y keeps the rare class at the same share in both parts
            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.25, stratify=y, random_state=0
            )
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf_imbalanced.X", "y": "clf_imbalanced.y"},
        checks=[
            "len(X_train) + len(X_test) == len(X) and X_test.shape[1] == X.shape[1]",
            "len(y_test) == math.ceil(0.25 * len(y)) and len(y_train) == len(X_train)",
            "np.all(np.abs(np.bincount(y_test, minlength=y.max() + 1) - len(y_test) * np.bincount(y) / len(y)) <= 1)",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="basic",
        tags=["train-test-split", "imbalanced"],
    )
    yield ex(
        id="sklearn.standard_scaler_train_only",
        task="""Split the feature matrix `X` into `X_train` (70%) and `X_test` (30%), fit a
        `StandardScaler` on the training part only and use it to transform both parts into
        `X_train_scaled` and `X_test_scaled`.""",
        code="""
            from sklearn.model_selection import train_test_split
            from sklearn.preprocessing import StandardScaler

            X_train, X_test = train_test_split(X, test_size=0.3, random_state=0)
            # learn mean and scale from the training part only, so no test information leaks in
            scaler = StandardScaler().fit(X_train)
            X_train_scaled = scaler.transform(X_train)
            X_test_scaled = scaler.transform(X_test)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "reg.X"},
        checks=[
            "X_train_scaled.shape == X_train.shape and X_test_scaled.shape == X_test.shape",
            "np.allclose(X_train_scaled.mean(axis=0), 0) and np.allclose(X_train_scaled.std(axis=0), 1)",
            "np.allclose(X_test_scaled, (X_test - X_train.mean(axis=0)) / X_train.std(axis=0))",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["scaling", "data-leakage"],
    )
    yield ex(
        id="sklearn.minmax_scaler_inverse",
        task="""Rescale every column of the 2-D array `matrix` to the range [-1, 1] with
        `MinMaxScaler` into `scaled`, then map it back with `inverse_transform` into `restored`.""",
        code="""
            from sklearn.preprocessing import MinMaxScaler

            scaler = MinMaxScaler(feature_range=(-1, 1))
            scaled = scaler.fit_transform(matrix)
            restored = scaler.inverse_transform(scaled)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"matrix": "matrix"},
        checks=[
            "scaled.shape == matrix.shape",
            "np.allclose(scaled.min(axis=0), -1)",
            # a constant column has no range to stretch and stays at the lower bound; so does one whose
            # range is negligible (1e-246 in an edge case), which scikit-learn treats as constant
            "np.allclose(scaled.max(axis=0)[np.ptp(matrix, axis=0) > 1e-8], 1) and np.allclose(scaled.max(axis=0)[np.ptp(matrix, axis=0) == 0], -1)",
            "np.allclose(restored, matrix)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["scaling"],
    )
    yield ex(
        id="sklearn.robust_scaler_skewed",
        task="""Scale the right-skewed 1-D sample `skewed` with `RobustScaler` (median centring,
        interquartile-range scaling), which outliers barely affect; store the 1-D result in
        `scaled`.""",
        code="""
            from sklearn.preprocessing import RobustScaler

            # scikit-learn transformers expect a 2-D (n_samples, n_features) array
            column = skewed.reshape(-1, 1)
            scaled = RobustScaler().fit_transform(column).ravel()
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"skewed": "skewed"},
        checks=[
            "scaled.shape == skewed.shape",
            "np.isclose(np.median(scaled), 0)",
            # a zero interquartile range (mostly tied values) leaves the scale at 1
            "np.isclose(np.percentile(scaled, 75) - np.percentile(scaled, 25), 1) or np.percentile(skewed, 75) == np.percentile(skewed, 25)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["scaling", "outliers"],
    )
    yield ex(
        id="sklearn.polynomial_features_names",
        task="""Expand the numeric DataFrame `measurements` into all degree-2 polynomial terms
        (squares and pairwise products, no bias column) with `PolynomialFeatures`; store the array
        in `expanded` and the generated column names in `feature_names`.""",
        code="""
            from sklearn.preprocessing import PolynomialFeatures

            poly = PolynomialFeatures(degree=2, include_bias=False)
            expanded = poly.fit_transform(measurements)
            feature_names = poly.get_feature_names_out()
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"measurements": "measurements"},
        checks=[
            "expanded.shape == (len(measurements), measurements.shape[1] * (measurements.shape[1] + 3) // 2)",
            "len(feature_names) == expanded.shape[1] and all(f'{c}^2' in feature_names for c in measurements.columns)",
            "np.allclose(expanded[:, list(feature_names).index(f'{measurements.columns[0]} {measurements.columns[1]}')], measurements.iloc[:, 0] * measurements.iloc[:, 1])",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["feature-engineering"],
    )
    yield ex(
        id="sklearn.onehot_encoder_unknown_category",
        task="""Fit a `OneHotEncoder` on the `site` and `treatment` columns of the DataFrame `trial`
        with `handle_unknown="ignore"` and dense output, and encode the new rows `new_patients` (one
        has the unseen site "west") into `encoded_new`. Also show that an encoder with the default
        `handle_unknown="error"` rejects them: store its error message in `unknown_error`.""",
        code="""
            import pandas as pd
            from sklearn.preprocessing import OneHotEncoder

            columns = ["site", "treatment"]
            new_patients = pd.DataFrame({"site": ["north", "west"], "treatment": ["drug", "control"]})

            strict = OneHotEncoder(sparse_output=False).fit(trial[columns])
            try:
                strict.transform(new_patients)
            except ValueError as exc:
                unknown_error = str(exc)

            # "ignore" encodes an unseen category as all zeros in its block instead of raising
            encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(trial[columns])
            encoded_new = encoder.transform(new_patients)
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"trial": "trial"},
        checks=[
            "'west' in unknown_error",
            "encoded_new.shape == (2, trial['site'].nunique() + trial['treatment'].nunique())",
            "encoded_new[1, :trial['site'].nunique()].sum() == 0",
            "encoded_new[0].sum() == ('north' in set(trial['site'])) + ('drug' in set(trial['treatment']))",
            "encoded_new[1].sum() == ('control' in set(trial['treatment']))",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["encoding", "categorical", "error-handling"],
    )
    yield ex(
        id="sklearn.ordinal_encoder_explicit_order",
        task="""Bin the `dose` column of the DataFrame `trial` into the ordered levels "low" (up to
        3), "medium" (3-7) and "high" (above 7) and encode them with an `OrdinalEncoder` whose
        categories are given in that order, so the codes 0, 1, 2 follow the dose; store the codes as
        a 1-D array in `dose_codes`. Configure the encoder to map unseen levels to -1 and store the
        code it gives the unseen level "extreme" in `unknown_code`.""",
        code="""
            import numpy as np
            import pandas as pd
            from sklearn.preprocessing import OrdinalEncoder

            levels = ["low", "medium", "high"]
            dose_level = pd.cut(trial["dose"], bins=[-np.inf, 3, 7, np.inf], labels=levels)
            # explicit categories fix the order; the default would sort them alphabetically
            encoder = OrdinalEncoder(
                categories=[levels], handle_unknown="use_encoded_value", unknown_value=-1
            )
            dose_codes = encoder.fit_transform(dose_level.to_frame()).ravel()
            unknown_code = encoder.transform(pd.DataFrame({"dose": ["extreme"]}))[0, 0]
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"trial": "trial"},
        checks=[
            "dose_codes.shape == (len(trial),) and set(np.unique(dose_codes)) <= {0.0, 1.0, 2.0}",
            "np.all(np.diff(dose_codes[np.argsort(trial['dose'].to_numpy(), kind='stable')]) >= 0)",
            "np.array_equal(dose_codes, (trial['dose'].to_numpy() > 3).astype(float) + (trial['dose'].to_numpy() > 7))",
            "unknown_code == -1",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["encoding", "categorical", "error-handling"],
    )
    yield ex(
        id="sklearn.column_transformer_trial",
        task="""Build a `ColumnTransformer` for the DataFrame `trial` that standardizes the numeric
        columns `dose` and `age` and one-hot encodes the categorical columns `site` and `treatment`
        (dense output, unseen categories ignored), dropping the rest; store the transformed array in
        `X_design` and its column names in `feature_names`.""",
        code="""
            from sklearn.compose import ColumnTransformer
            from sklearn.preprocessing import OneHotEncoder, StandardScaler

            preprocess = ColumnTransformer(
                [
                    ("numeric", StandardScaler(), ["dose", "age"]),
                    (
                        "categorical",
                        OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                        ["site", "treatment"],
                    ),
                ]
            )
            X_design = preprocess.fit_transform(trial)
            feature_names = preprocess.get_feature_names_out()
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"trial": "trial"},
        checks=[
            "X_design.shape == (len(trial), 2 + trial['site'].nunique() + trial['treatment'].nunique())",
            "len(feature_names) == X_design.shape[1] and 'numeric__dose' in feature_names",
            "not any('response' in name for name in feature_names)",
            "np.allclose(X_design[:, :2].mean(axis=0), 0, atol=1e-6)",
            # unit variance where a column varies (beyond rounding); StandardScaler leaves a
            # zero-variance column at 0 instead of dividing by zero
            "np.allclose(X_design[:, :2].std(axis=0)[np.ptp(trial[['dose', 'age']].to_numpy(float), axis=0) > 1e-9 * trial[['dose', 'age']].abs().max().to_numpy(float)], 1)",
            "np.allclose(X_design[:, :2][:, (trial[['dose', 'age']].nunique() == 1).to_numpy()], 0)",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["preprocessing", "categorical", "column-transformer"],
    )
    yield ex(
        id="sklearn.column_selector_ridge_cv",
        task="""Predict `response` from the other columns of the mixed DataFrame `trial` with a
        pipeline of `make_column_transformer` (numeric columns standardized and categorical columns
        one-hot encoded, each chosen by dtype with `make_column_selector`) and `Ridge`; store the
        5-fold cross-validated R^2 scores in `r2_scores`. Keep the inputs as `features` and `target`
        and the unfitted pipeline as `model`.""",
        code="""
            from sklearn.compose import make_column_selector, make_column_transformer
            from sklearn.linear_model import Ridge
            from sklearn.model_selection import cross_val_score
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import OneHotEncoder, StandardScaler

            features = trial.drop(columns="response")
            target = trial["response"]
            preprocess = make_column_transformer(
                (StandardScaler(), make_column_selector(dtype_include="number")),
                (
                    OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                    make_column_selector(dtype_include="category"),
                ),
            )
            # the whole pipeline is refit in every fold, so scaling never sees the held-out rows
            model = make_pipeline(preprocess, Ridge(alpha=1.0))
            r2_scores = cross_val_score(model, features, target, cv=5, scoring="r2")
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"trial": "trial"},
        checks=[
            "len(r2_scores) == 5 and np.all(np.isfinite(r2_scores))",
            "np.all(r2_scores <= 1)",
            # one coefficient per numeric column plus one per category level
            "model.fit(features, target)[-1].coef_.shape == (features.select_dtypes('number').shape[1] + sum(features[c].nunique() for c in features.select_dtypes('category').columns),)",
        ],
        edge_cases={
            "min_size": 10,
            "why": "5-fold R^2 needs two rows in every test fold (the R^2 of a single row is undefined): 10 rows",
        },
        difficulty="advanced",
        tags=["pipeline", "column-transformer", "cross-validation", "regression"],
    )
    yield ex(
        id="sklearn.simple_imputer_median",
        task="""Fill the missing values of the numeric DataFrame `survey` with each column's median
        using `SimpleImputer`, keeping a DataFrame with the same columns (`set_output`); store it in
        `survey_imputed`.""",
        code="""
            from sklearn.impute import SimpleImputer

            imputer = SimpleImputer(strategy="median").set_output(transform="pandas")
            survey_imputed = imputer.fit_transform(survey)
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"survey": "survey"},
        checks=[
            "isinstance(survey_imputed, pd.DataFrame) and list(survey_imputed.columns) == list(survey.columns)",
            "survey_imputed.shape == survey.shape and not survey_imputed.isna().any().any()",
            "np.allclose(survey_imputed.to_numpy()[survey.notna().to_numpy()], survey.to_numpy()[survey.notna().to_numpy()])",
            "all(np.allclose(survey_imputed[c].to_numpy()[survey[c].isna().to_numpy()], survey[c].median()) for c in survey.columns)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["missing-data", "imputation"],
    )
    yield ex(
        id="sklearn.knn_imputer_scaled",
        task="""Impute the missing values of the numeric DataFrame `survey` with a distance-weighted
        `KNNImputer` (5 neighbours) computed on standardized columns, then transform back to the
        original units; store the complete DataFrame (same index and columns) in `survey_imputed`.""",
        code="""
            import pandas as pd
            from sklearn.impute import KNNImputer
            from sklearn.preprocessing import StandardScaler

            # without scaling, the widest-ranged column would dominate the neighbour distances;
            # StandardScaler ignores NaNs when fitting and keeps them in its output
            scaler = StandardScaler()
            scaled = scaler.fit_transform(survey)
            imputed = KNNImputer(n_neighbors=5, weights="distance").fit_transform(scaled)
            survey_imputed = pd.DataFrame(
                scaler.inverse_transform(imputed), index=survey.index, columns=survey.columns
            )
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"survey": "survey"},
        checks=[
            "survey_imputed.shape == survey.shape and list(survey_imputed.columns) == list(survey.columns)",
            "not survey_imputed.isna().any().any()",
            # observed values come back unchanged, up to the rounding of scaling and unscaling, which
            # is relative to the column's magnitude (a 0 next to values of 1e8 comes back as ~1e-8)
            "all(np.allclose(survey_imputed[c].to_numpy()[survey[c].notna().to_numpy()], survey[c].dropna().to_numpy(), rtol=1e-9, atol=1e-9 * survey[c].abs().max()) for c in survey.columns)",
            # a weighted mean of neighbours' values stays inside the observed range of the column
            # (up to the rounding of scaling and unscaling, relative to the column's magnitude)
            "((survey_imputed >= survey.min() - 1e-9 * survey.abs().max()) & (survey_imputed <= survey.max() + 1e-9 * survey.abs().max())).all().all()",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["missing-data", "imputation", "scaling"],
    )
    yield ex(
        id="sklearn.missing_data_pipeline",
        task="""The DataFrame `trial` has missing `dose` and `response` values. Drop the rows whose
        target `response` is missing, then cross-validate (5 folds) a `Pipeline` that imputes `dose`
        and `age` with the median (adding missing-value indicator columns) and standardizes them,
        one-hot encodes `site` and `treatment`, and fits a `LinearRegression`; store the rows used
        in `features`/`target` and the R^2 scores in `r2_scores`. Keep the unfitted pipeline as
        `model`.""",
        code="""
            from sklearn.compose import ColumnTransformer
            from sklearn.impute import SimpleImputer
            from sklearn.linear_model import LinearRegression
            from sklearn.model_selection import cross_val_score
            from sklearn.pipeline import Pipeline
            from sklearn.preprocessing import OneHotEncoder, StandardScaler

            # rows without a target cannot be used for supervised learning; missing features can
            labelled = trial.dropna(subset=["response"])
            features, target = labelled.drop(columns="response"), labelled["response"]

            numeric = Pipeline(
                [
                    ("impute", SimpleImputer(strategy="median", add_indicator=True)),
                    ("scale", StandardScaler()),
                ]
            )
            preprocess = ColumnTransformer(
                [
                    ("numeric", numeric, ["dose", "age"]),
                    (
                        "categorical",
                        OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                        ["site", "treatment"],
                    ),
                ]
            )
            model = Pipeline([("preprocess", preprocess), ("regress", LinearRegression())])
            r2_scores = cross_val_score(model, features, target, cv=5, scoring="r2")
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"trial": "trial_missing"},
        checks=[
            "len(features) == trial['response'].notna().sum() and target.notna().all()",
            "'response' not in features.columns",
            "len(r2_scores) == 5 and np.all(np.isfinite(r2_scores)) and np.all(r2_scores <= 1)",
            # dose, age, one indicator per column with gaps, and one column per category level
            "model.fit(features, target)[-1].coef_.shape == (2 + int(features[['dose', 'age']].isna().any().sum()) + features['site'].nunique() + features['treatment'].nunique(),)",
        ],
        edge_cases={
            "min_size": 10,
            "why": "5-fold R^2 needs two rows in every test fold (the R^2 of a single row is undefined): 10 rows",
        },
        difficulty="advanced",
        tags=["missing-data", "imputation", "pipeline", "error-handling"],
    )
    yield ex(
        id="sklearn.function_transformer_log1p",
        task="""Wrap `np.log1p` (with `np.expm1` as its inverse) in a `FunctionTransformer` and
        apply it to the right-skewed 1-D sample `skewed` as a single-column 2-D array; store the
        transformed column in `logged` and its inverse transform in `restored`.""",
        code="""
            import numpy as np
            from sklearn.preprocessing import FunctionTransformer

            log_transformer = FunctionTransformer(np.log1p, inverse_func=np.expm1)
            column = skewed.reshape(-1, 1)
            logged = log_transformer.fit_transform(column)
            restored = log_transformer.inverse_transform(logged)
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"skewed": "skewed"},
        checks=[
            "logged.shape == (len(skewed), 1) and np.allclose(logged.ravel(), np.log1p(skewed))",
            # log1p is concave, so it never adds right skew (skewness needs three values and a spread
            # well above rounding)
            "len(skewed) < 3 or np.ptp(skewed) <= 1e-6 * skewed.max() or pd.Series(logged.ravel()).skew() <= pd.Series(skewed).skew() + 1e-6",
            "np.allclose(np.ravel(restored), skewed)",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["feature-engineering", "transformation"],
    )


def _model_selection() -> Iterator[Example]:
    yield ex(
        id="sklearn.cross_val_score_stratified",
        task="""Estimate the accuracy of a standardize-then-RBF-`SVC` pipeline on `X`, `y` with
        5-fold `StratifiedKFold` cross-validation (shuffled, `random_state=0`); store the five fold
        accuracies in `scores`. Keep the pipeline as `model` and the splitter as `cv`.""",
        code="""
            from sklearn.model_selection import StratifiedKFold, cross_val_score
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            model = make_pipeline(StandardScaler(), SVC(kernel="rbf"))
            cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
            scores = cross_val_score(model, X, y, cv=cv, scoring="accuracy")
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "scores.shape == (5,) and np.all((scores >= 0) & (scores <= 1))",
            "[type(step).__name__ for _, step in model.steps] == ['StandardScaler', 'SVC'] and model[-1].kernel == 'rbf'",
            # stratified: every test fold holds a fifth of each class, rounded up or down
            "cv.shuffle and all(np.all(np.abs(np.bincount(y[test], minlength=y.max() + 1) - np.bincount(y) / 5) < 1) for _, test in cv.split(X, y))",
            "np.allclose(scores, [model.fit(X[train], y[train]).score(X[test], y[test]) for train, test in cv.split(X, y)])",
        ],
        edge_cases={
            "min_size": 34,
            "why": "5-fold stratified CV needs five samples of every class: the rare class of an imbalanced draw has five from 34 samples",
        },
        difficulty="basic",
        tags=["cross-validation", "classification"],
    )
    yield ex(
        id="sklearn.cross_validate_multiple_metrics",
        task="""Cross-validate (5 folds) a `RandomForestClassifier` (30 trees, `max_depth=5`) on the
        binary data `X`, `y` with `cross_validate`, scoring accuracy, F1 and ROC AUC at once and
        keeping the training scores; store the result dict in `results` and the mean test score of
        each metric in the dict `summary` keyed "accuracy", "f1", "roc_auc".""",
        code="""
            from sklearn.ensemble import RandomForestClassifier
            from sklearn.model_selection import cross_validate

            metrics = ["accuracy", "f1", "roc_auc"]
            forest = RandomForestClassifier(n_estimators=30, max_depth=5, random_state=0)
            results = cross_validate(forest, X, y, cv=5, scoring=metrics, return_train_score=True)
            summary = {name: results[f"test_{name}"].mean() for name in metrics}
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "all(len(results[f'{part}_{m}']) == 5 for part in ('train', 'test') for m in ('accuracy', 'f1', 'roc_auc'))",
            "set(summary) == {'accuracy', 'f1', 'roc_auc'} and all(0 <= v <= 1 for v in summary.values())",
            "all(np.isclose(summary[m], results[f'test_{m}'].mean()) for m in ('accuracy', 'f1', 'roc_auc'))",
            "results['fit_time'].shape == (5,)",
        ],
        edge_cases={
            "min_size": 34,
            "why": "5-fold stratified CV (cv=5 for a classifier) needs five samples of every class, and ROC AUC both classes in every test fold: the rare class of an imbalanced draw has five from 34 samples",
        },
        difficulty="intermediate",
        tags=["cross-validation", "metrics", "ensemble"],
    )
    yield ex(
        id="sklearn.time_series_split_lags",
        task="""Forecast the daily `temperature` of the DataFrame `weather` from its values 1, 2 and
        3 days earlier with `Ridge`, evaluated by a 5-split `TimeSeriesSplit` so every model is
        trained only on the past; store the lag matrix in `X_lags`, the splitter in `splitter` and
        the per-split mean absolute errors as an array in `fold_mae`.""",
        code="""
            import numpy as np
            import pandas as pd
            from sklearn.linear_model import Ridge
            from sklearn.metrics import mean_absolute_error
            from sklearn.model_selection import TimeSeriesSplit

            temperature = weather["temperature"]
            lagged = pd.concat({f"lag{k}": temperature.shift(k) for k in (1, 2, 3)}, axis=1)
            data = lagged.assign(target=temperature).dropna()
            X_lags = data.drop(columns="target").to_numpy()
            target = data["target"].to_numpy()

            # each split trains on an expanding window and tests on the block right after it
            splitter = TimeSeriesSplit(n_splits=5)
            fold_mae = []
            for train_idx, test_idx in splitter.split(X_lags):
                model = Ridge(alpha=1.0).fit(X_lags[train_idx], target[train_idx])
                fold_mae.append(mean_absolute_error(target[test_idx], model.predict(X_lags[test_idx])))
            fold_mae = np.array(fold_mae)
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "pandas", "numpy"],
        inputs={"weather": "weather"},
        checks=[
            "X_lags.shape == (len(weather) - 3, 3)",
            "all(train.max() < test.min() for train, test in splitter.split(X_lags))",
            "fold_mae.shape == (5,) and np.all(fold_mae >= 0)",
            "len(X_lags) - sum(len(test) for _, test in splitter.split(X_lags)) == next(iter(splitter.split(X_lags)))[0].size",
        ],
        edge_cases={
            "min_size": 9,
            "why": "5 time-series splits need 6 rows of lags, and the first 3 days have no lags: 9 days",
        },
        difficulty="advanced",
        tags=["time-series", "cross-validation", "forecasting"],
    )
    yield ex(
        id="sklearn.grid_search_svc",
        task="""Tune an RBF `SVC` in a standardizing `Pipeline` on the multi-class data `X`, `y`
        with `GridSearchCV` over `C` in [0.1, 1, 10] and `gamma` in ["scale", 0.1] (3-fold,
        accuracy); store the fitted search in `search` and its best parameters in `best_params`.""",
        code="""
            from sklearn.model_selection import GridSearchCV
            from sklearn.pipeline import Pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            pipeline = Pipeline([("scale", StandardScaler()), ("svc", SVC(kernel="rbf"))])
            # parameters of a pipeline step are addressed as <step name>__<parameter>
            param_grid = {"svc__C": [0.1, 1, 10], "svc__gamma": ["scale", 0.1]}
            search = GridSearchCV(pipeline, param_grid, cv=3, scoring="accuracy")
            search.fit(X, y)
            best_params = search.best_params_
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "best_params['svc__C'] in (0.1, 1, 10) and best_params['svc__gamma'] in ('scale', 0.1)",
            "len(search.cv_results_['params']) == 6",
            "np.isclose(search.best_score_, search.cv_results_['mean_test_score'].max())",
            # refit=True: the best parameters are refitted on all of X
            "search.best_estimator_[-1].C == best_params['svc__C'] and search.best_estimator_[0].n_samples_seen_ == len(X)",
            "set(np.unique(search.predict(X))) <= set(np.unique(y))",
        ],
        edge_cases={
            "min_size": 40,
            "why": "3-fold stratified CV needs three samples of every class: the rarest class of an imbalanced three-class draw has three from 40 samples",
        },
        difficulty="intermediate",
        tags=["hyperparameter-search", "parameter-tuning", "svm", "pipeline"],
    )
    yield ex(
        id="sklearn.randomized_search_forest",
        task="""Tune a `RandomForestClassifier` (20 trees) on `X`, `y` with `RandomizedSearchCV`: 6
        draws (3-fold CV, `random_state=0`) of `max_depth` from the integers 2-7, `min_samples_leaf`
        from 1-9 (scipy `randint`) and `max_features` from ["sqrt", None]; store the fitted search
        in `search`.""",
        code="""
            from scipy.stats import randint
            from sklearn.ensemble import RandomForestClassifier
            from sklearn.model_selection import RandomizedSearchCV

            param_distributions = {
                "max_depth": randint(2, 8),  # randint's upper bound is exclusive
                "min_samples_leaf": randint(1, 10),
                "max_features": ["sqrt", None],
            }
            search = RandomizedSearchCV(
                RandomForestClassifier(n_estimators=20, random_state=0),
                param_distributions,
                n_iter=6,
                cv=3,
                random_state=0,
            )
            search.fit(X, y)
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "scipy.stats"],
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "len(search.cv_results_['params']) == 6",
            "2 <= search.best_params_['max_depth'] <= 7 and 1 <= search.best_params_['min_samples_leaf'] <= 9",
            "search.best_params_['max_features'] in ('sqrt', None)",
            "0 <= search.best_score_ <= 1 and np.isclose(search.best_score_, search.cv_results_['mean_test_score'].max())",
            "search.best_estimator_.max_depth == search.best_params_['max_depth'] and search.best_estimator_.n_estimators == 20",
        ],
        edge_cases={
            "min_size": 20,
            "why": "3-fold stratified CV needs three samples of every class: the rare class of an imbalanced draw has three from 20 samples",
        },
        difficulty="advanced",
        tags=["hyperparameter-search", "parameter-tuning", "ensemble"],
    )
    yield ex(
        id="sklearn.learning_curve_plot",
        task="""Compute a `learning_curve` for a standardize-then-`LogisticRegression` pipeline on
        `X`, `y` at 5 training sizes from 20% to 100% (5-fold CV, shuffled) and plot the mean
        training and cross-validation accuracy against the number of training samples with +/- 1
        standard deviation bands on `ax`; label the curves "training" and "cross-validation" in a
        legend and set axis labels and a title. Store `train_sizes`, `train_scores`, `test_scores`.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from sklearn.linear_model import LogisticRegression
            from sklearn.model_selection import learning_curve
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            model = make_pipeline(StandardScaler(), LogisticRegression())
            train_sizes, train_scores, test_scores = learning_curve(
                model, X, y, train_sizes=np.linspace(0.2, 1.0, 5), cv=5, shuffle=True, random_state=0
            )

            fig, ax = plt.subplots()
            for scores, label in [(train_scores, "training"), (test_scores, "cross-validation")]:
                mean, std = scores.mean(axis=1), scores.std(axis=1)
                ax.plot(train_sizes, mean, marker="o", label=label)
                ax.fill_between(train_sizes, mean - std, mean + std, alpha=0.2)
            ax.set(xlabel="training samples", ylabel="accuracy", title="Learning curve")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "matplotlib", "numpy"],
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "len(train_sizes) == 5 and np.all(np.diff(train_sizes) > 0) and train_sizes[-1] <= len(y)",
            "train_scores.shape == (5, 5) and test_scores.shape == (5, 5)",
            "figure_summary().axes[0].legend_labels == ['training', 'cross-validation']",
            "figure_summary().axes[0].n_lines == 2 and figure_summary().axes[0].n_collections == 2",
            "figure_summary().axes[0].xlabel != '' and figure_summary().axes[0].title != ''",
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["learning-curve", "custom-plotting", "model-diagnostics"],
    )
    yield ex(
        id="sklearn.validation_curve_max_depth",
        task="""Use `validation_curve` to score a `DecisionTreeClassifier` on `X`, `y` for
        `max_depth` from 1 to 10 (5-fold CV); store the depths in `depths`, the score arrays in
        `train_scores` and `test_scores`, and the depth with the best mean cross-validation accuracy
        in `best_depth`.""",
        code="""
            import numpy as np
            from sklearn.model_selection import validation_curve
            from sklearn.tree import DecisionTreeClassifier

            depths = np.arange(1, 11)
            train_scores, test_scores = validation_curve(
                DecisionTreeClassifier(random_state=0),
                X,
                y,
                param_name="max_depth",
                param_range=depths,
                cv=5,
            )
            # training accuracy keeps rising with depth; the held-out score peaks and then drops
            best_depth = int(depths[np.argmax(test_scores.mean(axis=1))])
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "train_scores.shape == (len(depths), 5) and test_scores.shape == (len(depths), 5)",
            "np.all(np.diff(train_scores.mean(axis=1)) >= -1e-9)",
            "1 <= best_depth <= 10 and np.isclose(test_scores.mean(axis=1)[best_depth - 1], test_scores.mean(axis=1).max())",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["validation-curve", "parameter-tuning", "overfitting"],
    )
    yield ex(
        id="sklearn.cross_val_predict_confusion",
        task="""Get an out-of-fold prediction for every sample of the multi-class data `X`, `y` with
        `cross_val_predict` (5 folds) from a `GaussianNB` classifier, and tabulate them against the
        true labels with `confusion_matrix`; store the predictions in `y_pred` and the matrix in
        `cm`.""",
        code="""
            from sklearn.metrics import confusion_matrix
            from sklearn.model_selection import cross_val_predict
            from sklearn.naive_bayes import GaussianNB

            # every sample is predicted by a model that did not see it during fitting
            y_pred = cross_val_predict(GaussianNB(), X, y, cv=5)
            cm = confusion_matrix(y, y_pred)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "y_pred.shape == y.shape and set(np.unique(y_pred)) <= set(np.unique(y))",
            "cm.shape == (len(np.unique(y)), len(np.unique(y)))",
            "np.array_equal(cm.sum(axis=1), np.bincount(y)) and cm.sum() == len(y)",
            # rows are true classes, columns predicted ones
            "np.array_equal(cm, [[np.sum((y == t) & (y_pred == p)) for p in np.unique(y)] for t in np.unique(y)])",
        ],
        edge_cases={
            "min_size": 67,
            "why": "5-fold stratified CV needs five samples of every class: the rarest class of an imbalanced three-class draw has five from 67 samples",
        },
        difficulty="intermediate",
        tags=["cross-validation", "confusion-matrix", "multiclass"],
    )
    yield ex(
        id="sklearn.leave_one_group_out_sites",
        task="""Check whether a `LinearRegression` of `response` on `treatment` (one-hot encoded,
        unseen levels ignored), `dose` and `age` from the DataFrame `trial` transfers across sites:
        cross-validate it with `LeaveOneGroupOut` using `site` as the groups and the mean absolute
        error as the score; store the error for each held-out site in the Series `site_mae` indexed
        by site name.""",
        code="""
            import numpy as np
            import pandas as pd
            from sklearn.compose import make_column_transformer
            from sklearn.linear_model import LinearRegression
            from sklearn.model_selection import LeaveOneGroupOut, cross_val_score
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import OneHotEncoder

            model = make_pipeline(
                make_column_transformer(
                    (OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["treatment"]),
                    ("passthrough", ["dose", "age"]),
                ),
                LinearRegression(),
            )
            sites = trial["site"].to_numpy()
            # each fold holds out every patient of one site: a test of transfer to a new site
            scores = cross_val_score(
                model, trial, trial["response"], groups=sites, cv=LeaveOneGroupOut(),
                scoring="neg_mean_absolute_error",
            )
            # LeaveOneGroupOut visits the groups in sorted order
            site_mae = pd.Series(-scores, index=np.unique(sites), name="mae")
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "pandas", "numpy"],
        inputs={"trial": "trial"},
        checks=[
            "len(site_mae) == trial['site'].nunique() and set(site_mae.index) == set(trial['site'])",
            "(site_mae >= 0).all() and site_mae.name == 'mae'",
        ],
        edge_cases={
            "one_level": False,
            "min_size": 3,
            "why": "leaving one site out needs at least two sites: one_level=False keeps two or more site levels, all of them present once the frame has a row per level (3 rows)",
        },
        difficulty="advanced",
        tags=["cross-validation", "grouped-data", "regression"],
    )
    yield ex(
        id="sklearn.nested_cross_validation",
        task="""Estimate the accuracy of a tuned model without optimistic bias by nested
        cross-validation on `X`, `y`: an inner 3-fold `GridSearchCV` tunes `n_neighbors` in [5, 15,
        31] of a standardize-then-`KNeighborsClassifier` pipeline, and an outer shuffled 5-fold
        `KFold` scores the whole search; store the outer scores in `nested_scores`. Keep the search
        as `inner_search` and the outer splitter as `outer_cv`.""",
        code="""
            from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
            from sklearn.neighbors import KNeighborsClassifier
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            pipeline = make_pipeline(StandardScaler(), KNeighborsClassifier())
            inner_search = GridSearchCV(pipeline, {"kneighborsclassifier__n_neighbors": [5, 15, 31]}, cv=3)
            # the search is re-run inside every outer training fold, so the outer test folds stay unseen
            outer_cv = KFold(n_splits=5, shuffle=True, random_state=0)
            nested_scores = cross_val_score(inner_search, X, y, cv=outer_cv)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "nested_scores.shape == (5,) and np.all((nested_scores >= 0) & (nested_scores <= 1))",
            "len(nested_scores) == outer_cv.get_n_splits() and isinstance(inner_search, GridSearchCV)",
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["cross-validation", "hyperparameter-search", "parameter-tuning"],
    )


def _classification() -> Iterator[Example]:
    yield ex(
        id="sklearn.logistic_regression_proba",
        task="""Split `X`, `y` (70/30, stratified), fit a `LogisticRegression` on the training part
        and on the test part store the class probabilities in `proba`, the predicted labels in
        `y_pred` and the accuracy in `accuracy`. Keep the split parts as `X_train`, `X_test`,
        `y_train`, `y_test` and the fitted model as `model`.""",
        code="""
            from sklearn.linear_model import LogisticRegression
            from sklearn.metrics import accuracy_score
            from sklearn.model_selection import train_test_split

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            model = LogisticRegression().fit(X_train, y_train)
            proba = model.predict_proba(X_test)
            y_pred = model.predict(X_test)
            accuracy = accuracy_score(y_test, y_pred)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "proba.shape == (len(y_test), len(np.unique(y))) and np.allclose(proba.sum(axis=1), 1)",
            "np.array_equal(y_pred, model.classes_[proba.argmax(axis=1)])",
            "np.isclose(accuracy, np.mean(y_pred == y_test)) and 0 <= accuracy <= 1",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="basic",
        tags=["classification", "logistic-regression"],
    )
    yield ex(
        id="sklearn.logistic_c_sweep",
        task="""Sweep the inverse regularization strength `C` of a
        standardize-then-`LogisticRegression` pipeline over `C_values` = 10^-3 ... 10^2 (6 values)
        on `X`, `y`: for each, record the norm of the fitted coefficients in the array `coef_norms`
        and the 5-fold cross-validated accuracy in the array `cv_accuracy`; store the `C` with the
        best accuracy in `best_C`.""",
        code="""
            import numpy as np
            from sklearn.linear_model import LogisticRegression
            from sklearn.model_selection import cross_val_score
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            C_values = np.logspace(-3, 2, 6)
            coef_norms, cv_accuracy = [], []
            for C in C_values:
                # smaller C = stronger L2 penalty = coefficients pulled towards zero
                model = make_pipeline(StandardScaler(), LogisticRegression(C=C))
                cv_accuracy.append(cross_val_score(model, X, y, cv=5).mean())
                coef_norms.append(np.linalg.norm(model.fit(X, y)[-1].coef_))
            coef_norms, cv_accuracy = np.array(coef_norms), np.array(cv_accuracy)
            best_C = C_values[np.argmax(cv_accuracy)]
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "coef_norms.shape == (6,) and cv_accuracy.shape == (6,)",
            "np.all(np.diff(coef_norms) > 0) and coef_norms[0] < 0.5 * coef_norms[-1]",
            "best_C in C_values and np.isclose(cv_accuracy[list(C_values).index(best_C)], cv_accuracy.max())",
            "np.all((cv_accuracy >= 0) & (cv_accuracy <= 1))",
        ],
        edge_cases={
            "min_size": 34,
            "why": "5-fold stratified CV needs five samples of every class: the rare class of an imbalanced draw has five from 34 samples",
        },
        difficulty="intermediate",
        tags=["regularization", "parameter-tuning", "logistic-regression"],
    )
    yield ex(
        id="sklearn.random_forest_importances_oob",
        task="""Fit a `RandomForestClassifier` (100 trees, `random_state=0`) on `X`, `y` with
        out-of-bag scoring; store the impurity-based `feature_importances_` in `importances`, the
        feature indices from most to least important in `ranking` and the out-of-bag accuracy in
        `oob_accuracy`. Keep the fitted forest as `forest`.""",
        code="""
            import numpy as np
            from sklearn.ensemble import RandomForestClassifier

            # each tree is scored on the samples its bootstrap left out: a free validation estimate
            forest = RandomForestClassifier(n_estimators=100, oob_score=True, random_state=0).fit(X, y)
            importances = forest.feature_importances_
            ranking = np.argsort(importances)[::-1]
            oob_accuracy = forest.oob_score_
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "importances.shape == (X.shape[1],) and np.isclose(importances.sum(), 1)",
            "sorted(ranking) == list(range(X.shape[1])) and np.all(np.diff(importances[ranking]) <= 0)",
            "0 <= oob_accuracy <= 1 and np.isclose(oob_accuracy, forest.oob_score_)",
            "np.isclose(oob_accuracy, np.mean(forest.classes_[forest.oob_decision_function_.argmax(axis=1)] == y))",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["ensemble", "feature-importance", "random-forest"],
    )
    yield ex(
        id="sklearn.gradient_boosting_staged",
        task="""Fit a `GradientBoostingClassifier` (100 stages of depth-2 trees, learning rate 0.1)
        on a stratified 70% training split of `X`, `y` and use `staged_predict` to record the test
        accuracy after every boosting stage in the array `stage_accuracy`; store the number of
        stages with the best test accuracy in `best_n_stages`. Keep the split parts as `X_train`,
        `X_test`, `y_train`, `y_test` and the model as `booster`.""",
        code="""
            import numpy as np
            from sklearn.ensemble import GradientBoostingClassifier
            from sklearn.metrics import accuracy_score
            from sklearn.model_selection import train_test_split

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            booster = GradientBoostingClassifier(
                n_estimators=100, learning_rate=0.1, max_depth=2, random_state=0
            ).fit(X_train, y_train)
            # staged_predict yields the ensemble's predictions after 1, 2, ... stages
            stage_accuracy = np.array([accuracy_score(y_test, p) for p in booster.staged_predict(X_test)])
            best_n_stages = int(np.argmax(stage_accuracy)) + 1
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "stage_accuracy.shape == (100,) and np.all((stage_accuracy >= 0) & (stage_accuracy <= 1))",
            # the first stage count that reaches the best accuracy
            "1 <= best_n_stages <= 100 and stage_accuracy[best_n_stages - 1] == stage_accuracy.max() and np.all(stage_accuracy[: best_n_stages - 1] < stage_accuracy.max())",
            "np.isclose(stage_accuracy[-1], booster.score(X_test, y_test))",
            "booster.n_estimators_ == 100 and len(y_train) + len(y_test) == len(y)",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="intermediate",
        tags=["ensemble", "boosting"],
    )
    yield ex(
        id="sklearn.decision_tree_native_nan",
        task="""Blank out about 10% of the entries of `X` at random (`default_rng(0)`) into
        `X_missing` and fit a `DecisionTreeClassifier` (`max_depth=4`) on a stratified 70% split of
        it directly, without imputing, since scikit-learn trees route NaN values natively; store the
        tree in `tree` and its test accuracy in `test_accuracy`. Keep the split parts as `X_train`,
        `X_test`, `y_train`, `y_test`.""",
        code="""
            import numpy as np
            from sklearn.model_selection import train_test_split
            from sklearn.tree import DecisionTreeClassifier

            rng = np.random.default_rng(0)
            X_missing = X.copy()
            X_missing[rng.random(X.shape) < 0.1] = np.nan

            X_train, X_test, y_train, y_test = train_test_split(
                X_missing, y, test_size=0.3, stratify=y, random_state=0
            )
            # at each split the tree learns which child the missing values should go to
            tree = DecisionTreeClassifier(max_depth=4, random_state=0).fit(X_train, y_train)
            test_accuracy = tree.score(X_test, y_test)
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "X_missing.shape == X.shape and np.isnan(X_missing).any() and not np.isnan(X).any()",
            "np.array_equal(X_missing[~np.isnan(X_missing)], X[~np.isnan(X_missing)])",
            # the split is of X_missing, NaN included, and the tree was fitted on it as it is
            "np.isnan(X_train).sum() + np.isnan(X_test).sum() == np.isnan(X_missing).sum() and tree.get_depth() <= 4",
            "0 <= test_accuracy <= 1 and np.isclose(test_accuracy, np.mean(tree.predict(X_test) == y_test))",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="advanced",
        tags=["decision-tree", "missing-data", "error-handling"],
    )
    yield ex(
        id="sklearn.svc_decision_function_auc",
        task="""Fit a standardize-then-RBF-`SVC` pipeline on a stratified 70% split of the binary
        data `X`, `y` and compute the test ROC AUC from its `decision_function` scores (no
        probability calibration needed for ranking); store the scores in `scores` and the AUC in
        `auc`. Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test` and the fitted
        pipeline as `model`.""",
        code="""
            from sklearn.metrics import roc_auc_score
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            model = make_pipeline(StandardScaler(), SVC(kernel="rbf", C=1.0)).fit(X_train, y_train)
            # signed distance to the margin: positive means the second class in model.classes_
            scores = model.decision_function(X_test)
            auc = roc_auc_score(y_test, scores)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "scores.shape == (len(y_test),)",
            "np.array_equal(model.predict(X_test) == model.classes_[1], scores > 0)",
            # the AUC is the chance that a positive sample scores above a negative one (ties count half)
            "np.isclose(auc, np.mean((scores[y_test == model.classes_[1], None] > scores[y_test == model.classes_[0]]) + 0.5 * (scores[y_test == model.classes_[1], None] == scores[y_test == model.classes_[0]])))",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="intermediate",
        tags=["svm", "roc-auc", "classification"],
    )
    for k in (1, 5, 15):
        yield ex(
            id=f"sklearn.knn_neighbors.k{k}",
            family="sklearn.knn_neighbors",
            task=f"""Fit a standardize-then-`KNeighborsClassifier` pipeline with `n_neighbors={k}`
            on a stratified 70% split of `X`, `y`; store the pipeline in `knn` and its accuracy on
            the training and test parts in `train_accuracy` and `test_accuracy`. Keep the split
            parts as `X_train`, `X_test`, `y_train`, `y_test`.""",
            code=f"""
                from sklearn.model_selection import train_test_split
                from sklearn.neighbors import KNeighborsClassifier
                from sklearn.pipeline import make_pipeline
                from sklearn.preprocessing import StandardScaler

                X_train, X_test, y_train, y_test = train_test_split(
                    X, y, test_size=0.3, stratify=y, random_state=0
                )
                # distances need features on one scale
                knn = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors={k}))
                knn.fit(X_train, y_train)
                train_accuracy = knn.score(X_train, y_train)
                test_accuracy = knn.score(X_test, y_test)
            """,
            domain=DOMAIN,
            libraries=SK,
            inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
            checks=[
                f"knn[-1].n_neighbors == {k}",
                # one neighbour memorises the training set; more neighbours smooth the boundary
                "train_accuracy == 1.0" if k == 1 else "0 < train_accuracy <= 1",
                "np.isclose(test_accuracy, np.mean(knn.predict(X_test) == y_test))",
            ],
            edge_cases={
                "min_size": 27,
                "why": "a stratified split needs two samples of every class: the rarest class of an imbalanced three-class draw has two from 27 samples (which also leaves 15 training rows for 15 neighbours)",
            },
            difficulty="basic",
            tags=["nearest-neighbors", "parameter-tuning", "classification"],
        )
    for depth in (2, 4, 8):
        yield ex(
            id=f"sklearn.decision_tree_depth.depth{depth}",
            family="sklearn.decision_tree_depth",
            task=f"""Fit a `DecisionTreeClassifier` with `max_depth={depth}` (`random_state=0`) on a
            stratified 70% split of `X`, `y`; store the tree in `tree`, its rules as text from
            `export_text` (features named x0, x1, ...) in `rules`, and the training and test
            accuracy in `train_accuracy` and `test_accuracy`. Keep the split parts as `X_train`,
            `X_test`, `y_train`, `y_test`.""",
            code=f"""
                from sklearn.model_selection import train_test_split
                from sklearn.tree import DecisionTreeClassifier, export_text

                X_train, X_test, y_train, y_test = train_test_split(
                    X, y, test_size=0.3, stratify=y, random_state=0
                )
                tree = DecisionTreeClassifier(max_depth={depth}, random_state=0).fit(X_train, y_train)
                train_accuracy = tree.score(X_train, y_train)
                test_accuracy = tree.score(X_test, y_test)
                rules = export_text(tree, feature_names=[f"x{{i}}" for i in range(X.shape[1])])
            """,
            domain=DOMAIN,
            libraries=SK,
            inputs={"X": "clf.X", "y": "clf.y"},
            checks=[
                f"tree.get_depth() <= {depth} and tree.get_n_leaves() <= 2 ** {depth}",
                "rules.count('class:') == tree.get_n_leaves() and '|--- x' in rules",
                # any split that is made must improve on the majority guess for the training data
                "train_accuracy >= np.bincount(y_train).max() / len(y_train)",
                "0 <= test_accuracy <= 1 and np.isclose(test_accuracy, np.mean(tree.predict(X_test) == y_test))",
            ],
            edge_cases={
                "min_size": 14,
                "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
            },
            difficulty="basic",
            tags=["decision-tree", "parameter-tuning", "interpretability"],
        )
    yield ex(
        id="sklearn.gaussian_nb_parameters",
        task="""Fit a `GaussianNB` classifier to the multi-class data `X`, `y`; store the model in
        `model`, the per-class feature means it learned in `class_means`, the class priors in
        `priors` and the predicted class probabilities for `X` in `proba`.""",
        code="""
            from sklearn.naive_bayes import GaussianNB

            model = GaussianNB().fit(X, y)
            # one mean and variance per class and feature; priors default to the class frequencies
            class_means = model.theta_
            priors = model.class_prior_
            proba = model.predict_proba(X)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "class_means.shape == (len(np.unique(y)), X.shape[1])",
            "np.allclose(class_means, [X[y == c].mean(axis=0) for c in model.classes_])",
            "np.allclose(priors, np.bincount(y) / len(y))",
            "proba.shape == (len(y), len(np.unique(y))) and np.allclose(proba.sum(axis=1), 1)",
            # the columns of predict_proba follow model.classes_
            "np.array_equal(model.classes_[proba.argmax(axis=1)], model.predict(X))",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["naive-bayes", "classification"],
    )
    yield ex(
        id="sklearn.dummy_baseline_balanced_accuracy",
        task="""On the imbalanced data `X`, `y`, compare a `DummyClassifier` that always predicts
        the most frequent class with a standardize-then-RBF-`SVC` pipeline using
        `class_weight="balanced"`, both fitted on a stratified 70% split: put the test `accuracy`
        and `balanced_accuracy` of each (rows "baseline" and "svc") in the DataFrame `comparison`.
        Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test`.""",
        code="""
            import pandas as pd
            from sklearn.dummy import DummyClassifier
            from sklearn.metrics import accuracy_score, balanced_accuracy_score
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            models = {
                "baseline": DummyClassifier(strategy="most_frequent"),
                "svc": make_pipeline(StandardScaler(), SVC(class_weight="balanced")),
            }
            rows = {}
            for name, model in models.items():
                y_pred = model.fit(X_train, y_train).predict(X_test)
                # balanced accuracy averages the per-class recalls, so the baseline gets no credit
                rows[name] = {
                    "accuracy": accuracy_score(y_test, y_pred),
                    "balanced_accuracy": balanced_accuracy_score(y_test, y_pred),
                }
            comparison = pd.DataFrame(rows).T
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"X": "clf_imbalanced.X", "y": "clf_imbalanced.y"},
        checks=[
            "list(comparison.index) == ['baseline', 'svc'] and {'accuracy', 'balanced_accuracy'} <= set(comparison.columns)",
            "np.isclose(comparison.loc['baseline', 'accuracy'], np.mean(y_test == np.bincount(y_train).argmax()))",
            "np.isclose(comparison.loc['baseline', 'balanced_accuracy'], 1 / len(np.unique(y)))",
            "((comparison >= 0) & (comparison <= 1)).all().all()",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="basic",
        tags=["baseline", "imbalanced", "metrics"],
    )
    yield ex(
        id="sklearn.class_weight_balanced_recall",
        task="""On the imbalanced binary data `X`, `y`, fit a standardize-then-RBF-`SVC` pipeline
        with and without `class_weight="balanced"` on a stratified 70% split and compare their test
        predictions (`predicted_plain`, `predicted_balanced`) and the recall of the minority class
        (`minority`; `recall_plain`, `recall_balanced`); store the per-class weights from
        `compute_class_weight("balanced", ...)` on the training labels in `class_weights`. Keep the
        split parts as `X_train`, `X_test`, `y_train`, `y_test` and the two fitted pipelines in the
        dict `models` keyed "plain" and "balanced".""",
        code="""
            import numpy as np
            from sklearn.metrics import recall_score
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC
            from sklearn.utils.class_weight import compute_class_weight

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            classes = np.unique(y_train)
            minority = classes[np.argmin(np.bincount(y_train)[classes])]
            # "balanced" weights each class by n_samples / (n_classes * class count)
            class_weights = compute_class_weight("balanced", classes=classes, y=y_train)

            # the weights scale the misclassification penalty C per class: the rare class is usually
            # predicted more often (not always: with near-equal class sizes it can go either way)
            models = {
                name: make_pipeline(StandardScaler(), SVC(class_weight=weighting)).fit(X_train, y_train)
                for name, weighting in [("plain", None), ("balanced", "balanced")]
            }
            predicted_plain = models["plain"].predict(X_test)
            predicted_balanced = models["balanced"].predict(X_test)
            recall_plain = recall_score(y_test, predicted_plain, pos_label=minority)
            recall_balanced = recall_score(y_test, predicted_balanced, pos_label=minority)
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf_imbalanced.X", "y": "clf_imbalanced.y"},
        checks=[
            "np.allclose(class_weights, len(y_train) / (len(np.unique(y_train)) * np.bincount(y_train)))",
            "class_weights[list(np.unique(y_train)).index(minority)] == class_weights.max()",
            "np.isclose(recall_balanced, np.mean(predicted_balanced[y_test == minority] == minority))",
            "np.isclose(recall_plain, np.mean(predicted_plain[y_test == minority] == minority))",
            # the balanced SVC was fitted with those weights, the plain one with none
            "np.allclose(models['balanced'][-1].class_weight_, class_weights) and np.all(models['plain'][-1].class_weight_ == 1)",
            "np.array_equal(predicted_plain, models['plain'].predict(X_test)) and np.array_equal(predicted_balanced, models['balanced'].predict(X_test))",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="intermediate",
        tags=["imbalanced", "class-weight", "metrics"],
    )
    yield ex(
        id="sklearn.calibrated_svc_probabilities",
        task="""Get calibrated class probabilities from an RBF `SVC` (which has no `predict_proba`
        of its own) by wrapping a standardize-then-SVC pipeline in `CalibratedClassifierCV` (sigmoid
        method, 3 folds, `ensemble=False`), fitted on a stratified 70% split of the binary data `X`,
        `y`; store the test probabilities of the positive class in `proba`, their Brier score in
        `brier` and the reliability-curve points from `calibration_curve` (5 bins) in `prob_true`,
        `prob_pred`. Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test`.""",
        code="""
            from sklearn.calibration import CalibratedClassifierCV, calibration_curve
            from sklearn.metrics import brier_score_loss
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            svc = make_pipeline(StandardScaler(), SVC(kernel="rbf"))
            # sigmoid (Platt) calibration fitted on held-out folds; ensemble=False keeps one SVC
            calibrated = CalibratedClassifierCV(svc, method="sigmoid", cv=3, ensemble=False)
            calibrated.fit(X_train, y_train)
            proba = calibrated.predict_proba(X_test)[:, 1]
            brier = brier_score_loss(y_test, proba)
            prob_true, prob_pred = calibration_curve(y_test, proba, n_bins=5)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "proba.shape == (len(y_test),) and np.all((proba >= 0) & (proba <= 1))",
            # the Brier score is the mean squared error of the probability of class 1
            "np.isclose(brier, np.mean((proba - (y_test == 1)) ** 2))",
            "len(prob_true) == len(prob_pred) <= 5 and np.all((prob_true >= 0) & (prob_true <= 1))",
            # one point per non-empty bin of [0, 1], in bin order
            "np.all(np.diff(prob_pred) > 0) and proba.min() - 1e-12 <= prob_pred.min() and prob_pred.max() <= proba.max() + 1e-12",
        ],
        edge_cases={
            "min_size": 27,
            "why": "the 3-fold stratified calibration needs three samples of every class in the 70% training part: the rare class of an imbalanced draw has them from 27 samples",
        },
        difficulty="advanced",
        tags=["calibration", "svm", "probabilities"],
    )
    yield ex(
        id="sklearn.stacking_classifier",
        task="""Stack a `RandomForestClassifier` (50 trees) and a standardize-then-`SVC` pipeline
        under a `LogisticRegression` meta-model with `StackingClassifier` (3-fold internal CV),
        fitted on a stratified 70% split of the multi-class data `X`, `y`; store the model in
        `stack` and its test accuracy in `test_accuracy`. Keep the split parts as `X_train`,
        `X_test`, `y_train`, `y_test`.""",
        code="""
            from sklearn.ensemble import RandomForestClassifier, StackingClassifier
            from sklearn.linear_model import LogisticRegression
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            stack = StackingClassifier(
                estimators=[
                    ("forest", RandomForestClassifier(n_estimators=50, random_state=0)),
                    ("svc", make_pipeline(StandardScaler(), SVC())),
                ],
                # the meta-model learns from out-of-fold predictions of the base models
                final_estimator=LogisticRegression(),
                cv=3,
            )
            stack.fit(X_train, y_train)
            test_accuracy = stack.score(X_test, y_test)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "len(stack.estimators_) == 2",
            "set(np.unique(stack.predict(X_test))) <= set(np.unique(y)) and 0 <= test_accuracy <= 1",
            # the meta-model sees one score column per class from each base model (one if binary)
            "stack.final_estimator_.n_features_in_ == 2 * (1 if len(np.unique(y)) == 2 else len(np.unique(y)))",
        ],
        edge_cases={
            "min_size": 54,
            "why": "the internal 3-fold stratified CV needs three samples of every class in the 70% training part: the rarest class of an imbalanced three-class draw has them from 54 samples",
        },
        difficulty="advanced",
        tags=["ensemble", "stacking", "multiclass"],
    )
    yield ex(
        id="sklearn.sgd_partial_fit_batches",
        task="""Train an `SGDClassifier` with logistic loss out of core: after standardizing with a
        scaler fitted on the training part of a stratified 70% split of `X`, `y`, feed the shuffled
        training rows in mini-batches of 20 with `partial_fit` (passing all `classes` on the first
        call) for 5 epochs, recording the test accuracy after each epoch in the list
        `epoch_accuracy`; store the model in `model`. Keep the split labels as `y_train`, `y_test`
        and the scaled features as `X_train_scaled`, `X_test_scaled`.""",
        code="""
            import numpy as np
            from sklearn.linear_model import SGDClassifier
            from sklearn.model_selection import train_test_split
            from sklearn.preprocessing import StandardScaler

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            scaler = StandardScaler().fit(X_train)
            X_train_scaled, X_test_scaled = scaler.transform(X_train), scaler.transform(X_test)

            classes = np.unique(y)  # a batch may miss a class, so name them all up front
            model = SGDClassifier(loss="log_loss", random_state=0)
            rng = np.random.default_rng(0)
            epoch_accuracy = []
            for epoch in range(5):
                order = rng.permutation(len(X_train_scaled))
                for start in range(0, len(order), 20):
                    batch = order[start : start + 20]
                    model.partial_fit(X_train_scaled[batch], y_train[batch], classes=classes)
                epoch_accuracy.append(model.score(X_test_scaled, y_test))
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "len(epoch_accuracy) == 5 and all(0 <= a <= 1 for a in epoch_accuracy)",
            "np.array_equal(model.classes_, np.unique(y)) and model.coef_.shape[1] == X.shape[1]",
            "np.isclose(epoch_accuracy[-1], model.score(X_test_scaled, y_test))",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="advanced",
        tags=["online-learning", "sgd", "classification"],
    )
    yield ex(
        id="sklearn.decision_boundary_display",
        task="""Fit a `KNeighborsClassifier` (15 neighbours) on the first two columns of the
        multi-class data `X`, `y`, draw its predicted regions on `ax` with
        `DecisionBoundaryDisplay.from_estimator` (axis labels "feature 0" and "feature 1"), overlay
        the samples coloured by class, add a title and finish with a legend that has one entry per
        class.""",
        code="""
            import matplotlib.pyplot as plt
            from sklearn.inspection import DecisionBoundaryDisplay
            from sklearn.neighbors import KNeighborsClassifier

            X2 = X[:, :2]
            model = KNeighborsClassifier(n_neighbors=15).fit(X2, y)

            fig, ax = plt.subplots()
            DecisionBoundaryDisplay.from_estimator(
                model, X2, response_method="predict", alpha=0.3, ax=ax,
                xlabel="feature 0", ylabel="feature 1",
            )
            points = ax.scatter(X2[:, 0], X2[:, 1], c=y, edgecolors="k", s=20)
            ax.set_title("k-NN decision regions (k = 15)")
            ax.legend(*points.legend_elements(), title="class")
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "matplotlib"],
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "figure_summary().axes[0].xlabel == 'feature 0' and figure_summary().axes[0].ylabel == 'feature 1'",
            "len(figure_summary().axes[0].legend_labels) == len(np.unique(y))",
            "figure_summary().axes[0].n_collections >= 2 and figure_summary().axes[0].title != ''",
        ],
        edge_cases={
            "min_size": 15,
            "why": "15 neighbours need 15 samples",
        },
        difficulty="intermediate",
        tags=["custom-plotting", "decision-boundary", "nearest-neighbors"],
    )


def _regression() -> Iterator[Example]:
    yield ex(
        id="sklearn.ridge_holdout_metrics",
        task="""Fit `Ridge(alpha=1.0)` on a 75% training split of the regression data `X`, `y`,
        predict the remaining 25% into `y_pred`, and store the test RMSE (square root of
        `mean_squared_error`), `mean_absolute_error` and `r2_score` in the dict `metrics` under
        "rmse", "mae" and "r2". Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test`.""",
        code="""
            import numpy as np
            from sklearn.linear_model import Ridge
            from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
            from sklearn.model_selection import train_test_split

            X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
            model = Ridge(alpha=1.0).fit(X_train, y_train)
            y_pred = model.predict(X_test)
            metrics = {
                "rmse": np.sqrt(mean_squared_error(y_test, y_pred)),
                "mae": mean_absolute_error(y_test, y_pred),
                "r2": r2_score(y_test, y_pred),
            }
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "y_pred.shape == y_test.shape and len(y_test) == math.ceil(0.25 * len(y))",
            "np.isclose(metrics['rmse'], np.sqrt(np.mean((y_test - y_pred) ** 2)))",
            "np.isclose(metrics['mae'], np.mean(np.abs(y_test - y_pred))) and metrics['mae'] <= metrics['rmse']",
            "np.isclose(metrics['r2'], 1 - np.sum((y_test - y_pred) ** 2) / np.sum((y_test - y_test.mean()) ** 2))",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["regression", "metrics"],
    )
    yield ex(
        id="sklearn.ridgecv_alpha",
        task="""Choose the penalty of a ridge regression on `X`, `y` by efficient leave-one-out
        cross-validation with `RidgeCV` over 13 values of `alpha` from 10^-3 to 10^3, after
        standardizing the features in a pipeline; store the candidate values in `alphas`, the fitted
        pipeline in `model` and the chosen penalty in `best_alpha`.""",
        code="""
            import numpy as np
            from sklearn.linear_model import RidgeCV
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            alphas = np.logspace(-3, 3, 13)
            # with cv=None (default) RidgeCV uses a closed-form leave-one-out error: no refits needed
            model = make_pipeline(StandardScaler(), RidgeCV(alphas=alphas)).fit(X, y)
            best_alpha = model[-1].alpha_
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "len(alphas) == 13 and np.isclose(alphas.min(), 1e-3) and np.isclose(alphas.max(), 1e3)",
            "np.any(np.isclose(alphas, best_alpha))",
            # ridge never fits its training data worse than the mean, nor better than least squares
            "model[-1].coef_.shape == (X.shape[1],) and model.score(X, y) >= -1e-9",
            "model.score(X, y) <= 1 - np.sum((y - np.column_stack([np.ones(len(X)), X]) @ np.linalg.lstsq(np.column_stack([np.ones(len(X)), X]), y, rcond=None)[0]) ** 2) / np.sum((y - y.mean()) ** 2) + 1e-9",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["regularization", "parameter-tuning", "regression"],
    )
    yield ex(
        id="sklearn.linear_penalties_compare",
        task="""Standardize the regression features `X` and the target `y` (`X_scaled`, `y_scaled`),
        then fit `LinearRegression`, `Ridge(alpha=10)`, `Lasso(alpha=0.1)` and
        `ElasticNet(alpha=0.1, l1_ratio=0.5)` and collect their standardized coefficients side by
        side in the DataFrame `coefficients` (one row per feature, named x0, x1, ...; columns "ols",
        "ridge", "lasso", "elastic_net").""",
        code="""
            import pandas as pd
            from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, Ridge
            from sklearn.preprocessing import StandardScaler

            # penalties act on coefficient size, so the features must share one scale; scaling the
            # target too makes the penalty strengths mean the same whatever the units of y
            X_scaled = StandardScaler().fit_transform(X)
            y_scaled = (y - y.mean()) / y.std()
            models = {
                "ols": LinearRegression(),
                "ridge": Ridge(alpha=10.0),  # L2: shrinks every coefficient a little
                "lasso": Lasso(alpha=0.1),  # L1: sets weak coefficients exactly to zero
                "elastic_net": ElasticNet(alpha=0.1, l1_ratio=0.5),
            }
            coefficients = pd.DataFrame(
                {name: model.fit(X_scaled, y_scaled).coef_ for name, model in models.items()},
                index=[f"x{i}" for i in range(X.shape[1])],
            )
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "coefficients.shape == (X.shape[1], 4) and list(coefficients.columns) == ['ols', 'ridge', 'lasso', 'elastic_net']",
            "np.allclose(X_scaled.mean(axis=0), 0) and np.allclose(X_scaled.std(axis=0), 1)",
            "np.isclose(y_scaled.mean(), 0) and np.isclose(y_scaled.std(), 1) and np.allclose(y_scaled * y.std() + y.mean(), y)",
            # a least-squares solution: its fitted values are the projection of y_scaled onto the
            # columns, up to the rounding of X_scaled @ coef (exactly collinear columns leave the
            # coefficients undefined, and some solvers return huge opposite ones)
            "np.allclose(X_scaled @ coefficients['ols'], X_scaled @ np.linalg.lstsq(X_scaled, y_scaled, rcond=None)[0], atol=1e-8 + 1e-14 * np.abs(X_scaled).max() * coefficients['ols'].abs().sum())",
            # each penalty can only shrink what it penalizes, relative to least squares
            "np.linalg.norm(coefficients['ridge']) < np.linalg.norm(coefficients['ols'])",
            "coefficients['lasso'].abs().sum() < coefficients['ols'].abs().sum()",
            "0.5 * coefficients['elastic_net'].abs().sum() + 0.25 * (coefficients['elastic_net'] ** 2).sum() < 0.5 * coefficients['ols'].abs().sum() + 0.25 * (coefficients['ols'] ** 2).sum()",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["regularization", "regression", "sparsity"],
    )
    yield ex(
        id="sklearn.lasso_cv_feature_selection",
        task="""Select features of the regression data `X`, `y` with a standardize-then-`LassoCV`
        pipeline (5-fold CV over its automatic alpha path, `random_state=0`); store the fitted
        `LassoCV` step in `lasso` and the indices of the features with non-zero coefficients in
        `selected`.""",
        code="""
            import numpy as np
            from sklearn.linear_model import LassoCV
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            model = make_pipeline(StandardScaler(), LassoCV(cv=5, random_state=0)).fit(X, y)
            lasso = model[-1]
            # the features the chosen penalty did not zero out
            selected = np.flatnonzero(lasso.coef_)
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "lasso.mse_path_.shape == (len(lasso.alphas_), 5) and lasso.alphas_.min() <= lasso.alpha_ <= lasso.alphas_.max()",
            "np.isclose(lasso.mse_path_.mean(axis=1)[np.argmin(np.abs(lasso.alphas_ - lasso.alpha_))], lasso.mse_path_.mean(axis=1).min())",
            # the chosen penalty may zero every coefficient when no feature helps the held-out error
            "len(selected) <= X.shape[1] and np.all(lasso.coef_[selected] != 0) and np.all(lasso.coef_[np.setdiff1d(np.arange(X.shape[1]), selected)] == 0)",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["feature-selection", "regularization", "sparsity"],
    )
    yield ex(
        id="sklearn.permutation_importance_forest",
        task="""Fit a `RandomForestRegressor` (50 trees, `random_state=0`) on a 70% split of `X`,
        `y` and measure each feature's `permutation_importance` on the held-out 30% (10 repeats);
        store the result object in `result` and a DataFrame `importance` with columns "mean" and
        "std" (index "x0", "x1", ...), sorted from most to least important. Draw it on `ax` as
        horizontal bars with the standard deviations as error bars, most important at the top, with
        an x label and a title.""",
        code="""
            import matplotlib.pyplot as plt
            import pandas as pd
            from sklearn.ensemble import RandomForestRegressor
            from sklearn.inspection import permutation_importance
            from sklearn.model_selection import train_test_split

            X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
            forest = RandomForestRegressor(n_estimators=50, random_state=0).fit(X_train, y_train)
            # the drop in held-out R^2 when one column is shuffled: unlike impurity importance,
            # it is measured on unseen data and is not biased towards high-cardinality features
            result = permutation_importance(forest, X_test, y_test, n_repeats=10, random_state=0)
            importance = pd.DataFrame(
                {"mean": result.importances_mean, "std": result.importances_std},
                index=[f"x{i}" for i in range(X.shape[1])],
            ).sort_values("mean", ascending=False)

            fig, ax = plt.subplots()
            # barh draws the first row at the bottom, so reverse to put the largest on top
            ordered = importance.iloc[::-1]
            ax.barh(ordered.index, ordered["mean"], xerr=ordered["std"], color="tab:blue")
            ax.set_xlabel("decrease in R^2 when shuffled")
            ax.set_title("Permutation importance (test set)")
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "pandas", "matplotlib"],
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "result.importances.shape == (X.shape[1], 10)",
            "len(importance) == X.shape[1] and importance['mean'].is_monotonic_decreasing",
            "np.allclose(importance.loc[[f'x{i}' for i in range(X.shape[1])], 'mean'], result.importances_mean)",
            # bar lengths are the mean importances, bottom to top
            "np.allclose([bar.get_width() for bar in ax.patches], importance['mean'].iloc[::-1])",
            "figure_summary().axes[0].n_bars == X.shape[1] and figure_summary().axes[0].yticklabels[-1] == importance.index[0]",
            "figure_summary().axes[0].xlabel != '' and figure_summary().axes[0].title != ''",
        ],
        edge_cases=True,
        difficulty="advanced",
        tags=["feature-importance", "model-inspection", "random-forest", "custom-plotting"],
    )
    yield ex(
        id="sklearn.prediction_error_display",
        task="""Fit a `GradientBoostingRegressor` (100 depth-3 trees, `random_state=0`) on a 75%
        split of `X`, `y`, predict the test part into `y_pred`, and draw two diagnostic panels side
        by side (`axes`) with `PredictionErrorDisplay.from_predictions`: actual versus predicted on
        the left and residuals versus predicted on the right, each with a title; finish with the
        figure's suptitle "Gradient boosting: test-set errors".""",
        code="""
            import matplotlib.pyplot as plt
            from sklearn.ensemble import GradientBoostingRegressor
            from sklearn.metrics import PredictionErrorDisplay
            from sklearn.model_selection import train_test_split

            X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
            model = GradientBoostingRegressor(n_estimators=100, max_depth=3, random_state=0)
            y_pred = model.fit(X_train, y_train).predict(X_test)

            fig, axes = plt.subplots(1, 2, figsize=(10, 4))
            PredictionErrorDisplay.from_predictions(y_test, y_pred, kind="actual_vs_predicted", ax=axes[0])
            axes[0].set_title("Actual vs predicted")
            # residuals should scatter evenly around zero with no trend
            PredictionErrorDisplay.from_predictions(y_test, y_pred, kind="residual_vs_predicted", ax=axes[1])
            axes[1].set_title("Residuals vs predicted")
            fig.suptitle("Gradient boosting: test-set errors")
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "matplotlib"],
        inputs={"X": "reg.X", "y": "reg.y"},
        checks=[
            "y_pred.shape == (math.ceil(0.25 * len(y)),)",
            "figure_summary().n_axes == 2 and figure_summary().titles == ['Actual vs predicted', 'Residuals vs predicted']",
            "all(a.n_collections >= 1 and a.n_lines >= 1 for a in figure_summary().axes)",
            "figure_summary().suptitle == 'Gradient boosting: test-set errors'",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["regression", "residuals", "custom-plotting", "boosting"],
    )
    for degree in (1, 4, 8):
        yield ex(
            id=f"sklearn.polynomial_regression.degree{degree}",
            family="sklearn.polynomial_regression",
            task=f"""Fit a polynomial regression of degree {degree} to the peaked curve samples `x`,
            `y` with a pipeline of `StandardScaler`, `PolynomialFeatures(degree={degree})` and
            `LinearRegression`; store the fitted values at `x` in `fitted` and the training R^2 in
            `r2`. Keep the fitted pipeline as `model`.""",
            code=f"""
                from sklearn.linear_model import LinearRegression
                from sklearn.pipeline import make_pipeline
                from sklearn.preprocessing import PolynomialFeatures, StandardScaler

                x_col = x.reshape(-1, 1)
                # scaling x first keeps high powers from spanning many orders of magnitude
                model = make_pipeline(StandardScaler(), PolynomialFeatures(degree={degree}), LinearRegression())
                model.fit(x_col, y)
                fitted = model.predict(x_col)
                # training R^2 only grows with the degree; judge over- and underfitting on held-out data
                r2 = model.score(x_col, y)
            """,
            domain=DOMAIN,
            libraries=SK,
            inputs={"x": "peak.x", "y": "peak.y"},
            checks=[
                # least squares with an intercept never fits worse than the mean (up to rounding)
                "fitted.shape == y.shape and -1e-9 <= r2 <= 1 + 1e-9",
                f"model[1].n_output_features_ == {degree + 1}",
                # the same least-squares polynomial as numpy's polyfit, so the same R^2
                f"np.isclose(r2, 1 - np.sum((y - np.polyval(np.polyfit(x, y, {degree}), x)) ** 2) / np.sum((y - y.mean()) ** 2), atol=1e-6)",
                f"r2 >= 1 - np.sum((y - np.polyval(np.polyfit(x, y, {degree - 1}), x)) ** 2) / np.sum((y - y.mean()) ** 2) - 1e-9",
            ],
            edge_cases=True,
            difficulty="basic" if degree == 1 else "intermediate",
            tags=["regression", "feature-engineering", "parameter-tuning"],
        )


def _unsupervised() -> Iterator[Example]:
    for k in (2, 3, 4):
        yield ex(
            id=f"sklearn.kmeans_clusters.k{k}",
            family="sklearn.kmeans_clusters",
            task=f"""Generate 300 points in three Gaussian blobs with `make_blobs` (`X_blobs`,
            `true_labels`), cluster them with `KMeans` into {k} clusters (`n_init=10`,
            `random_state=0`), and store the model in `kmeans`, the labels in `labels`, the
            `silhouette_score` in `silhouette` and the `adjusted_rand_score` against the true blobs
            in `ari`.""",
            code=f"""
                from sklearn.cluster import KMeans
                from sklearn.datasets import make_blobs
                from sklearn.metrics import adjusted_rand_score, silhouette_score

                X_blobs, true_labels = make_blobs(
                    n_samples=300, centers=[(-5, -2), (0, 5), (5, -2)], cluster_std=1.2, random_state=0
                )
                # n_init restarts from several seeds and keeps the lowest inertia
                kmeans = KMeans(n_clusters={k}, n_init=10, random_state=0).fit(X_blobs)
                labels = kmeans.labels_
                silhouette = silhouette_score(X_blobs, labels)
                ari = adjusted_rand_score(true_labels, labels)
            """,
            domain=DOMAIN,
            libraries=SK,
            inputs={},
            checks=[
                f"len(np.unique(labels)) == {k} and kmeans.cluster_centers_.shape == ({k}, 2)",
                "np.isclose(kmeans.inertia_, ((X_blobs - kmeans.cluster_centers_[labels]) ** 2).sum())",
                "-1 <= silhouette <= 1",
                "ari > 0.95" if k == 3 else "ari < 0.95",
            ],
            difficulty="basic",
            tags=["clustering", "parameter-tuning"],
        )
    yield ex(
        id="sklearn.kmeans_elbow_silhouette_plot",
        task="""For 400 points from `make_blobs` around four centres in 3-D (`X_blobs`), fit
        `KMeans` (`n_init=10`) for k = 2..8 and store the candidate counts in `ks`, the inertias in
        `inertias` and the silhouette scores in `silhouettes`; plot both against k in two side-by-
        side panels (`axes`) with axis labels and titles, mark the k with the highest silhouette
        (`best_k`) by a vertical line labelled "best k" in the silhouette panel and finish with that
        panel's legend.""",
        code="""
            import matplotlib.pyplot as plt
            from sklearn.cluster import KMeans
            from sklearn.datasets import make_blobs
            from sklearn.metrics import silhouette_score

            centers = [(0, 0, 0), (6, 0, 0), (0, 6, 0), (0, 0, 6)]
            X_blobs, _ = make_blobs(n_samples=400, centers=centers, cluster_std=1.0, random_state=42)
            ks = list(range(2, 9))
            inertias, silhouettes = [], []
            for k in ks:
                model = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X_blobs)
                inertias.append(model.inertia_)
                silhouettes.append(silhouette_score(X_blobs, model.labels_))
            best_k = ks[silhouettes.index(max(silhouettes))]

            fig, axes = plt.subplots(1, 2, figsize=(10, 4))
            axes[0].plot(ks, inertias, marker="o")
            axes[0].set(xlabel="number of clusters k", ylabel="inertia", title="Elbow curve")
            axes[1].plot(ks, silhouettes, marker="o")
            axes[1].axvline(best_k, color="tab:red", linestyle="--", label="best k")
            axes[1].set(xlabel="number of clusters k", ylabel="silhouette score", title="Silhouette")
            axes[1].legend()
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "matplotlib"],
        inputs={},
        checks=[
            "len(inertias) == len(silhouettes) == len(ks) == 7",
            "all(a >= b for a, b in zip(inertias, inertias[1:]))",
            "best_k == 4 and max(silhouettes) <= 1",
            "figure_summary().n_axes == 2 and figure_summary().axes[1].legend_labels == ['best k']",
            "all(figure_summary().xlabels) and all(figure_summary().titles)",
        ],
        difficulty="intermediate",
        tags=["clustering", "model-selection", "custom-plotting"],
    )
    yield ex(
        id="sklearn.dbscan_moons",
        task="""Cluster two interleaving half-moons (`make_moons`, 300 points, noise 0.06) with
        `DBSCAN` (`eps=0.3`, `min_samples=5`) after standardizing; store the labels in `labels` (-1
        = noise), the number of clusters found in `n_clusters`, the number of noise points in
        `n_noise`, and the adjusted Rand index against the true moons for DBSCAN (non-noise points,
        `dbscan_ari`) and for a 2-cluster `KMeans` (`kmeans_ari`) for comparison.""",
        code="""
            import numpy as np
            from sklearn.cluster import DBSCAN, KMeans
            from sklearn.datasets import make_moons
            from sklearn.metrics import adjusted_rand_score
            from sklearn.preprocessing import StandardScaler

            X_moons, moon = make_moons(n_samples=300, noise=0.06, random_state=0)
            X_scaled = StandardScaler().fit_transform(X_moons)  # eps is a distance: fix the scale

            labels = DBSCAN(eps=0.3, min_samples=5).fit_predict(X_scaled)
            n_clusters = len(set(labels) - {-1})
            n_noise = int(np.sum(labels == -1))
            clustered = labels != -1
            dbscan_ari = adjusted_rand_score(moon[clustered], labels[clustered])

            # k-means assumes convex blobs and cuts each moon in half
            kmeans_ari = adjusted_rand_score(
                moon, KMeans(n_clusters=2, n_init=10, random_state=0).fit_predict(X_scaled)
            )
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={},
        checks=[
            "labels.shape == (300,) and n_clusters == 2",
            "n_noise == np.sum(labels == -1) and n_noise < 15",
            "dbscan_ari > 0.95 and dbscan_ari > kmeans_ari",
        ],
        difficulty="intermediate",
        tags=["clustering", "density-based"],
    )
    yield ex(
        id="sklearn.agglomerative_ward_profiles",
        task="""Group the rows of the numeric DataFrame `measurements` into 3 clusters with
        Ward-linkage `AgglomerativeClustering` on standardized columns; store the labels in `labels`
        and a per-cluster table of column means in original units in `profile` (index: cluster
        label). Keep the fitted clustering model as `model`.""",
        code="""
            from sklearn.cluster import AgglomerativeClustering
            from sklearn.preprocessing import StandardScaler

            scaled = StandardScaler().fit_transform(measurements)
            # Ward merges the pair of clusters that least increases the within-cluster variance
            model = AgglomerativeClustering(n_clusters=3, linkage="ward")
            labels = model.fit_predict(scaled)
            profile = measurements.assign(cluster=labels).groupby("cluster").mean()
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"measurements": "measurements"},
        checks=[
            "labels.shape == (len(measurements),) and set(np.unique(labels)) == {0, 1, 2}",
            "model.children_.shape == (len(measurements) - 1, 2)",
            "profile.shape == (3, measurements.shape[1]) and list(profile.columns) == list(measurements.columns)",
            "np.allclose(profile.loc[0], measurements[labels == 0].mean())",
        ],
        edge_cases={
            "min_size": 3,
            "why": "three clusters need three rows",
        },
        difficulty="intermediate",
        tags=["clustering", "hierarchical"],
    )
    yield ex(
        id="sklearn.gaussian_mixture_bic",
        task="""Generate 500 points from three anisotropic Gaussian clusters (`X_points`), fit
        full-covariance `GaussianMixture` models with 1 to 6 components (`random_state=0`) and
        choose the number of components with the lowest BIC; store the BIC values in `bics`, the
        choice in `best_n`, the selected model in `best_model` and its soft assignments for
        `X_points` in `responsibilities`.""",
        code="""
            import numpy as np
            from sklearn.mixture import GaussianMixture

            rng = np.random.default_rng(0)
            centers = [(0, 0), (6, 1), (2, 7)]
            covariances = [[[2.0, 0.8], [0.8, 0.6]], [[0.5, 0.0], [0.0, 2.0]], [[1.0, -0.6], [-0.6, 1.0]]]
            sizes = (200, 150, 150)
            X_points = np.vstack(
                [rng.multivariate_normal(c, cov, size=n) for c, cov, n in zip(centers, covariances, sizes)]
            )

            n_components = range(1, 7)
            models = [
                GaussianMixture(n_components=n, covariance_type="full", random_state=0).fit(X_points)
                for n in n_components
            ]
            # BIC rewards likelihood but charges for every extra parameter
            bics = np.array([m.bic(X_points) for m in models])
            best_n = n_components[int(np.argmin(bics))]
            best_model = models[int(np.argmin(bics))]
            responsibilities = best_model.predict_proba(X_points)
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={},
        checks=[
            "bics.shape == (6,) and best_n == 3",
            "best_model.n_components == best_n and best_model.converged_",
            "responsibilities.shape == (len(X_points), best_n) and np.allclose(responsibilities.sum(axis=1), 1)",
        ],
        difficulty="advanced",
        tags=["clustering", "mixture-model", "model-selection", "parameter-tuning"],
    )
    yield ex(
        id="sklearn.pca_explained_variance",
        task="""Run `PCA` on the standardized columns of the numeric DataFrame `measurements`; store
        the `explained_variance_ratio_` in `explained`, its running total in `cumulative` and the
        smallest number of components that explains at least 90% of the variance in
        `n_components_90`.""",
        code="""
            import numpy as np
            from sklearn.decomposition import PCA
            from sklearn.preprocessing import StandardScaler

            # standardize first, or the column with the largest units dominates the components
            scaled = StandardScaler().fit_transform(measurements)
            pca = PCA().fit(scaled)
            explained = pca.explained_variance_ratio_
            cumulative = np.cumsum(explained)
            n_components_90 = int(np.searchsorted(cumulative, 0.90) + 1)
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"measurements": "measurements"},
        checks=[
            # PCA keeps min(n_samples, n_features) components
            "explained.shape == (min(measurements.shape),)",
            # the ratios divide by the total variance, which a frame whose every column is constant
            # (up to rounding) does not have: they are NaN then
            "((measurements.max() - measurements.min()) ** 2 <= 1e-24 * (measurements ** 2).max()).all() or np.isclose(explained.sum(), 1)",
            "((measurements.max() - measurements.min()) ** 2 <= 1e-24 * (measurements ** 2).max()).all() or (np.all(np.diff(explained) <= 1e-12) and np.allclose(cumulative, np.cumsum(explained)))",
            "((measurements.max() - measurements.min()) ** 2 <= 1e-24 * (measurements ** 2).max()).all() or (cumulative[n_components_90 - 1] >= 0.9 and (n_components_90 == 1 or cumulative[n_components_90 - 2] < 0.9))",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["dimensionality-reduction", "pca"],
    )
    yield ex(
        id="sklearn.pca_variance_target_reconstruction",
        task="""Compress the 2-D array `matrix` with `PCA(n_components=0.95)`, which keeps as many
        components as needed for 95% of the variance; store the scores in `scores`, the number of
        components kept in `n_kept` and the reconstruction from `inverse_transform` in
        `reconstructed`. Keep the fitted `PCA` as `pca`.""",
        code="""
            from sklearn.decomposition import PCA

            # a float in (0, 1) asks for a variance fraction instead of a component count
            pca = PCA(n_components=0.95)
            scores = pca.fit_transform(matrix)
            n_kept = pca.n_components_
            reconstructed = pca.inverse_transform(scores)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"matrix": "matrix"},
        checks=[
            "1 <= n_kept <= matrix.shape[1] and scores.shape == (len(matrix), n_kept)",
            # the ratios divide by the total variance, which a matrix whose rows are all the same (up
            # to rounding) does not have: they are NaN then
            "np.ptp(matrix, axis=0).max() ** 2 <= 1e-24 * (matrix ** 2).max() or pca.explained_variance_ratio_.sum() >= 0.95",
            "reconstructed.shape == matrix.shape",
            # the unexplained variance is exactly what the reconstruction misses (nothing, without variance)
            "np.allclose(reconstructed, matrix) if np.ptp(matrix, axis=0).max() ** 2 <= 1e-24 * (matrix ** 2).max() else np.isclose(((matrix - reconstructed) ** 2).sum() / ((matrix - matrix.mean(axis=0)) ** 2).sum(), 1 - pca.explained_variance_ratio_.sum())",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["dimensionality-reduction", "pca", "compression"],
    )
    yield ex(
        id="sklearn.pca_scatter_by_class",
        task="""Project the standardized multi-class features `X` onto their first two principal
        components (`projected`) and draw them on `ax` as one scatter per class of `y`, labelled
        "class <label>", with axis labels "PC1 (<percent>% variance)" and "PC2 (...)" built from
        `explained_variance_ratio_`, a title, and a legend.""",
        code="""
            import matplotlib.pyplot as plt
            import numpy as np
            from sklearn.decomposition import PCA
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            pipeline = make_pipeline(StandardScaler(), PCA(n_components=2))
            projected = pipeline.fit_transform(X)
            ratio = pipeline[-1].explained_variance_ratio_

            fig, ax = plt.subplots()
            for label in np.unique(y):
                points = projected[y == label]
                ax.scatter(points[:, 0], points[:, 1], s=15, alpha=0.7, label=f"class {label}")
            ax.set_xlabel(f"PC1 ({ratio[0]:.0%} variance)")
            ax.set_ylabel(f"PC2 ({ratio[1]:.0%} variance)")
            ax.set_title("Samples in principal-component space")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "matplotlib", "numpy"],
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "projected.shape == (len(X), 2)",
            "figure_summary().axes[0].legend_labels == [f'class {c}' for c in np.unique(y)]",
            "figure_summary().axes[0].n_collections == len(np.unique(y))",
            "figure_summary().axes[0].xlabel.startswith('PC1') and '%' in figure_summary().axes[0].ylabel",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["dimensionality-reduction", "pca", "custom-plotting"],
    )
    yield ex(
        id="sklearn.tfidf_truncated_svd",
        task="""Turn the short abstracts in `documents` into a TF-IDF matrix `tfidf` with
        `TfidfVectorizer` (English stop words removed) and reduce it to 2 latent topics with
        `TruncatedSVD` (which works on sparse input, unlike PCA); store the document coordinates in
        `doc_topics` and, for each topic, its 3 highest-weighted terms in the list `top_terms`. Keep
        the fitted vectorizer as `vectorizer`.""",
        code="""
            import numpy as np
            from sklearn.decomposition import TruncatedSVD
            from sklearn.feature_extraction.text import TfidfVectorizer

            documents = [
                "protein folding simulated with molecular dynamics",
                "molecular dynamics of protein membranes",
                "protein structure prediction from sequence",
                "galaxy clusters observed with radio telescopes",
                "radio telescope survey of distant galaxy clusters",
                "dark matter in galaxy rotation curves",
            ]
            vectorizer = TfidfVectorizer(stop_words="english")
            tfidf = vectorizer.fit_transform(documents)  # sparse, documents x vocabulary
            svd = TruncatedSVD(n_components=2, random_state=0)
            doc_topics = svd.fit_transform(tfidf)
            terms = vectorizer.get_feature_names_out()
            top_terms = [list(terms[np.argsort(component)[::-1][:3]]) for component in svd.components_]
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={},
        checks=[
            "tfidf.shape[0] == len(documents) and tfidf.shape[1] == len(vectorizer.vocabulary_)",
            "doc_topics.shape == (len(documents), 2)",
            "len(top_terms) == 2 and all(len(t) == 3 for t in top_terms)",
            "all(term in vectorizer.vocabulary_ for topic in top_terms for term in topic)",
        ],
        difficulty="intermediate",
        tags=["text", "dimensionality-reduction", "sparse"],
    )
    yield ex(
        id="sklearn.isolation_forest_outliers",
        task="""Append one clearly extreme row (column means plus 8 standard deviations) to the
        numeric DataFrame `measurements` as `data`, then flag outliers with an `IsolationForest`
        (`contamination=0.05`, `random_state=0`); store the +1/-1 flags in `flags` and the
        `decision_function` values in `scores`.""",
        code="""
            import pandas as pd
            from sklearn.ensemble import IsolationForest

            extreme = (measurements.mean() + 8 * measurements.std()).to_frame().T
            data = pd.concat([measurements, extreme], ignore_index=True)

            # contamination sets the score threshold so that about 5% of the rows are flagged
            forest = IsolationForest(contamination=0.05, random_state=0).fit(data)
            flags = forest.predict(data)
            scores = forest.decision_function(data)
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"measurements": "measurements"},
        checks=[
            "len(data) == len(measurements) + 1 and flags.shape == (len(data),)",
            # the added row is extreme unless no column varies at the float32 precision trees work in
            "set(np.unique(flags)) <= {-1, 1} and (flags[-1] == -1 or np.all(data.to_numpy(np.float32) == data.to_numpy(np.float32)[0]))",
            # the threshold is the 5th percentile of the scores: at most 5% of the rows (plus one, for
            # the interpolation between two rows) fall below it
            "np.sum(flags == -1) <= 0.05 * len(data) + 1",
            "np.array_equal(scores < 0, flags == -1)",
        ],
        edge_cases={
            "min_size": 2,
            "why": "the standard deviation that places the extreme row needs two rows",
        },
        difficulty="intermediate",
        tags=["outlier-detection", "anomaly-detection"],
    )


def _evaluation() -> Iterator[Example]:
    yield ex(
        id="sklearn.select_kbest_f_classif",
        task="""Keep the 3 features of `X` most associated with the labels `y` by the ANOVA F-test
        (`SelectKBest` with `f_classif`); store the selector in `selector`, the reduced matrix in
        `X_selected` and the kept column indices in `kept`.""",
        code="""
            from sklearn.feature_selection import SelectKBest, f_classif

            selector = SelectKBest(score_func=f_classif, k=3)
            X_selected = selector.fit_transform(X, y)
            kept = selector.get_support(indices=True)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "X_selected.shape == (len(X), 3) and len(kept) == 3",
            "np.array_equal(X_selected, X[:, kept])",
            # no dropped feature scores higher than a kept one (tied scores may go either way)
            "selector.scores_[kept].min() >= np.delete(selector.scores_, kept).max()",
            "np.all((selector.pvalues_ >= 0) & (selector.pvalues_ <= 1))",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["feature-selection"],
    )
    yield ex(
        id="sklearn.rfe_logistic",
        task="""Rank the standardized features of `X` by recursive feature elimination (`RFE`) with
        a `LogisticRegression`, removing one feature per step until 3 remain; store the fitted
        selector in `rfe` and the reduced matrix in `X_reduced`.""",
        code="""
            from sklearn.feature_selection import RFE
            from sklearn.linear_model import LogisticRegression
            from sklearn.preprocessing import StandardScaler

            # coefficient sizes are only comparable when the features share a scale
            X_scaled = StandardScaler().fit_transform(X)
            rfe = RFE(LogisticRegression(), n_features_to_select=3, step=1).fit(X_scaled, y)
            X_reduced = rfe.transform(X_scaled)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "rfe.support_.sum() == 3 and X_reduced.shape == (len(X), 3)",
            "np.all(rfe.ranking_[rfe.support_] == 1)",
            # the eliminated features get ranks 2, 3, ... in reverse order of removal
            "sorted(rfe.ranking_) == [1, 1, 1] + list(range(2, X.shape[1] - 1))",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["feature-selection"],
    )
    yield ex(
        id="sklearn.classification_report_dict",
        task="""Fit a standardize-then-RBF-`SVC` pipeline on a stratified 70% split of the
        multi-class data `X`, `y`, predict the test part into `y_pred` and store the per-class and
        averaged precision/recall/F1 from `classification_report(..., output_dict=True)` in
        `report`, and the macro-averaged `f1_score` in `macro_f1`. Keep the split parts as
        `X_train`, `X_test`, `y_train`, `y_test`.""",
        code="""
            from sklearn.metrics import classification_report, f1_score
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            model = make_pipeline(StandardScaler(), SVC()).fit(X_train, y_train)
            y_pred = model.predict(X_test)
            # a nested dict: one entry per class label (as a string) plus "accuracy" and the averages
            report = classification_report(y_test, y_pred, output_dict=True)
            # the unweighted mean of the per-class F1 scores
            macro_f1 = f1_score(y_test, y_pred, average="macro")
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "all(str(c) in report for c in np.unique(y_test)) and {'accuracy', 'macro avg', 'weighted avg'} <= set(report)",
            "np.isclose(report['accuracy'], np.mean(y_pred == y_test))",
            "report['macro avg']['support'] == len(y_test)",
            "np.isclose(macro_f1, report['macro avg']['f1-score'])",
            "np.isclose(report['macro avg']['recall'], np.mean([np.mean(y_pred[y_test == c] == c) for c in np.unique(y_test)]))",
            # recall weighted by class support is the accuracy
            "np.isclose(report['weighted avg']['recall'], report['accuracy'])",
        ],
        edge_cases={
            "min_size": 27,
            "why": "a stratified split needs two samples of every class: the rarest class of an imbalanced three-class draw has two from 27 samples",
        },
        difficulty="basic",
        tags=["metrics", "multiclass"],
    )
    yield ex(
        id="sklearn.confusion_matrix_display",
        task="""Fit a `RandomForestClassifier` (50 trees) on a stratified 70% split of the
        multi-class data `X`, `y` and plot the row-normalized test confusion matrix with
        `ConfusionMatrixDisplay.from_predictions` on `ax` (blue colormap, two decimals); store the
        display in `display` and finish by setting the title "Normalized confusion matrix". Keep the
        split parts as `X_train`, `X_test`, `y_train`, `y_test` and the test predictions as
        `y_pred`.""",
        code="""
            import matplotlib.pyplot as plt
            from sklearn.ensemble import RandomForestClassifier
            from sklearn.metrics import ConfusionMatrixDisplay
            from sklearn.model_selection import train_test_split

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            model = RandomForestClassifier(n_estimators=50, random_state=0).fit(X_train, y_train)

            fig, ax = plt.subplots()
            # normalize="true" divides each row by its class size: the diagonal is per-class recall
            y_pred = model.predict(X_test)
            display = ConfusionMatrixDisplay.from_predictions(
                y_test, y_pred, normalize="true", cmap="Blues", values_format=".2f", ax=ax
            )
            ax.set_title("Normalized confusion matrix")
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "matplotlib"],
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "display.confusion_matrix.shape == (len(np.union1d(y_test, y_pred)),) * 2",
            "np.allclose(display.confusion_matrix.sum(axis=1)[np.isin(np.union1d(y_test, y_pred), y_test)], 1)",
            "figure_summary().axes[0].n_images == 1 and figure_summary().axes[0].xlabel == 'Predicted label'",
            "figure_summary().axes[0].title == 'Normalized confusion matrix'",
        ],
        edge_cases={
            "min_size": 27,
            "why": "a stratified split needs two samples of every class: the rarest class of an imbalanced three-class draw has two from 27 samples",
        },
        difficulty="intermediate",
        tags=["metrics", "confusion-matrix", "custom-plotting"],
    )
    yield ex(
        id="sklearn.roc_curve_display_compare",
        task="""Fit a `RandomForestClassifier` (50 trees) and a standardize-then-RBF-`SVC` pipeline
        on a stratified 70% split of the binary data `X`, `y`, draw both test ROC curves on one `ax`
        with `RocCurveDisplay.from_estimator` (names "random forest" and "SVC") plus a dashed
        diagonal labelled "chance", store the areas under the curves in the dict `aucs` and finish
        with the legend.""",
        code="""
            import matplotlib.pyplot as plt
            from sklearn.ensemble import RandomForestClassifier
            from sklearn.metrics import RocCurveDisplay
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            models = {
                "random forest": RandomForestClassifier(n_estimators=50, random_state=0),
                "SVC": make_pipeline(StandardScaler(), SVC()),
            }

            fig, ax = plt.subplots()
            aucs = {}
            for name, model in models.items():
                model.fit(X_train, y_train)
                # uses predict_proba or decision_function, whichever the model has
                display = RocCurveDisplay.from_estimator(model, X_test, y_test, name=name, ax=ax)
                aucs[name] = display.roc_auc
            ax.plot([0, 1], [0, 1], linestyle="--", color="gray", label="chance")
            ax.set_title("ROC curves on the test set")
            ax.legend()
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "matplotlib"],
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "set(aucs) == {'random forest', 'SVC'} and all(0 <= a <= 1 for a in aucs.values())",
            # each stored AUC is the area under its drawn curve (trapezoids), drawn in the order of the dict
            "all(np.isclose(a, np.sum(np.diff(line.get_xdata()) * (line.get_ydata()[1:] + line.get_ydata()[:-1]) / 2)) for a, line in zip(aucs.values(), ax.lines))",
            "len(figure_summary().axes[0].legend_labels) == 3 and figure_summary().axes[0].legend_labels[-1] == 'chance'",
            "all('AUC' in label for label in figure_summary().axes[0].legend_labels[:2])",
            "figure_summary().axes[0].n_lines == 3",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="intermediate",
        tags=["metrics", "roc-auc", "custom-plotting"],
    )
    yield ex(
        id="sklearn.precision_recall_threshold",
        task="""On the imbalanced binary data `X`, `y` (positive class 1 is rare), fit a
        standardize-then-RBF-`SVC` pipeline with `class_weight="balanced"` on a stratified 70%
        split, get `scores` from its `decision_function` on the test part, compute the
        `precision_recall_curve` (`precision`, `recall`, `thresholds`) and the
        `average_precision_score` (`ap`), and pick the `threshold` with the highest precision among
        those that keep recall at or above 0.7. Keep the split parts as `X_train`, `X_test`,
        `y_train`, `y_test`.""",
        code="""
            import numpy as np
            from sklearn.metrics import average_precision_score, precision_recall_curve
            from sklearn.model_selection import train_test_split
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            from sklearn.svm import SVC

            X_train, X_test, y_train, y_test = train_test_split(
                X, y, test_size=0.3, stratify=y, random_state=0
            )
            model = make_pipeline(StandardScaler(), SVC(class_weight="balanced")).fit(X_train, y_train)
            scores = model.decision_function(X_test)

            precision, recall, thresholds = precision_recall_curve(y_test, scores)
            ap = average_precision_score(y_test, scores)
            # the last precision/recall pair has no threshold; drop it before choosing
            feasible = recall[:-1] >= 0.7
            threshold = thresholds[feasible][np.argmax(precision[:-1][feasible])]
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf_imbalanced.X", "y": "clf_imbalanced.y"},
        checks=[
            "len(precision) == len(recall) == len(thresholds) + 1",
            "np.mean(scores[y_test == 1] >= threshold) >= 0.7",
            # average precision: the precisions weighted by the increase in recall at each threshold
            "np.isclose(ap, np.sum(-np.diff(recall) * precision[:-1]))",
        ],
        edge_cases={
            "min_size": 14,
            "why": "a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples",
        },
        difficulty="advanced",
        tags=["metrics", "imbalanced", "threshold"],
    )


def _errors() -> Iterator[Example]:
    yield ex(
        id="sklearn.not_fitted_error",
        task="""Show how scikit-learn reports an unfitted model: calling `predict` on a fresh
        `LogisticRegression` raises `NotFittedError`; catch it and store its message in
        `not_fitted_message`. Write a helper `is_fitted(estimator)` based on `check_is_fitted` and
        store its result before and after fitting on `X`, `y` in `fitted_before` and `fitted_after`.""",
        code="""
            from sklearn.exceptions import NotFittedError
            from sklearn.linear_model import LogisticRegression
            from sklearn.utils.validation import check_is_fitted

            def is_fitted(estimator):
                try:
                    check_is_fitted(estimator)
                except NotFittedError:
                    return False
                return True

            model = LogisticRegression()
            try:
                model.predict(X)
            except NotFittedError as exc:
                not_fitted_message = str(exc)

            fitted_before = is_fitted(model)
            model.fit(X, y)
            fitted_after = is_fitted(model)
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "'not fitted' in not_fitted_message",
            "fitted_before is False",
            "fitted_after is True",
        ],
        edge_cases=True,
        difficulty="basic",
        tags=["error-handling", "validation"],
    )
    yield ex(
        id="sklearn.nan_input_imputer_fallback",
        task="""Predict `score` from the other columns of the DataFrame `survey`, which has missing
        values: drop the rows without a `score` (`features`, `target`), try a plain
        `LinearRegression` and catch the `ValueError` it raises on NaN features (message in
        `nan_error`, `None` if nothing was raised), then fit a pipeline that median-imputes before
        the regression; store it in `model` and its training R^2 in `r2`.""",
        code="""
            from sklearn.impute import SimpleImputer
            from sklearn.linear_model import LinearRegression
            from sklearn.pipeline import make_pipeline

            labelled = survey.dropna(subset=["score"])
            features, target = labelled.drop(columns="score"), labelled["score"]

            nan_error = None
            try:
                LinearRegression().fit(features, target)
            except ValueError as exc:  # most estimators refuse NaN input outright
                nan_error = str(exc)

            # imputation inside the pipeline is learned from the training data only
            model = make_pipeline(SimpleImputer(strategy="median"), LinearRegression())
            model.fit(features, target)
            r2 = model.score(features, target)
        """,
        domain=DOMAIN,
        libraries=SK_PD,
        inputs={"survey": "survey"},
        checks=[
            "len(features) == survey['score'].notna().sum() and 'score' not in features.columns",
            "(nan_error is not None) == bool(features.isna().any().any())",
            "nan_error is None or 'NaN' in nan_error",
            # least squares with an intercept never fits its training data worse than the mean
            "np.all(np.isfinite(model.predict(features))) and -1e-9 <= r2 <= 1 + 1e-9",
        ],
        edge_cases={
            "min_size": 2,
            "why": "a training R^2 needs two labelled rows (the R^2 of a single row is undefined)",
        },
        difficulty="intermediate",
        tags=["error-handling", "missing-data", "imputation"],
    )
    yield ex(
        id="sklearn.convergence_fix_by_scaling",
        task="""Features on very different scales (`X_raw`: the columns of `X` multiplied by 1 ...
        10^4 and shifted by 1000) can stop `LogisticRegression`'s lbfgs solver from converging. Turn
        `ConvergenceWarning` into an error inside a `warnings.catch_warnings()` block, record in
        `raw_converged` whether the fit on `X_raw` converged, then fix the problem by standardizing
        (not by silencing the warning): fit a standardize-then-`LogisticRegression` pipeline on
        `X_raw`, `y` under the same rule and store it in `scaled_model`.""",
        code="""
            import warnings

            import numpy as np
            from sklearn.exceptions import ConvergenceWarning
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler

            X_raw = X * np.logspace(0, 4, X.shape[1]) + 1000

            with warnings.catch_warnings():
                warnings.simplefilter("error", ConvergenceWarning)
                try:
                    LogisticRegression(max_iter=100).fit(X_raw, y)
                    raw_converged = True
                except ConvergenceWarning:
                    raw_converged = False
                # with standardized features the optimizer converges in a few iterations
                scaled_model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=100))
                scaled_model.fit(X_raw, y)
        """,
        domain=DOMAIN,
        libraries=["scikit-learn", "numpy"],
        inputs={"X": "clf_multi.X", "y": "clf_multi.y"},
        checks=[
            "X_raw.shape == X.shape and isinstance(raw_converged, bool)",
            "scaled_model[-1].n_iter_.max() < 100",
            "set(np.unique(scaled_model.predict(X_raw))) <= set(np.unique(y))",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["error-handling", "convergence", "scaling"],
    )
    yield ex(
        id="sklearn.stratify_rare_class_fallback",
        task="""A class seen only once breaks a stratified split. Relabel the first sample of `y` as
        a new class (`labels`), attempt `train_test_split(..., stratify=labels)` with a 25% test
        part, catch the `ValueError` (message in `split_error`), and fall back to a stratified split
        of only the samples whose class has at least 2 members; store the parts in `X_train`,
        `X_test`, `y_train`, `y_test`.""",
        code="""
            import numpy as np
            from sklearn.model_selection import train_test_split

            labels = y.copy()
            labels[0] = labels.max() + 1  # e.g. a rare species observed once

            split_error = None
            try:
                X_train, X_test, y_train, y_test = train_test_split(
                    X, labels, test_size=0.25, stratify=labels, random_state=0
                )
            except ValueError as exc:
                split_error = str(exc)
                # stratification needs every class in both parts, i.e. at least 2 members
                keep = np.bincount(labels)[labels] >= 2
                X_train, X_test, y_train, y_test = train_test_split(
                    X[keep], labels[keep], test_size=0.25, stratify=labels[keep], random_state=0
                )
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf.X", "y": "clf.y"},
        checks=[
            "split_error is not None and 'least populated class' in split_error",
            "labels.max() not in set(y_train) | set(y_test)",
            "len(y_train) + len(y_test) == np.sum(np.bincount(labels)[labels] >= 2) and len(X_train) == len(y_train)",
        ],
        edge_cases=True,
        difficulty="intermediate",
        tags=["error-handling", "train-test-split", "imbalanced"],
    )
