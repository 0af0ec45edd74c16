"""Machine learning with scikit-learn: preprocessing, pipelines, model selection, models, metrics."""

from __future__ import annotations

from collections.abc import Iterator

from . import ex
from ..example import Example

DOMAIN = "data_processing"
SK = ["scikit-learn"]
SK_NP = ["scikit-learn", "numpy"]
SK_PD = ["scikit-learn", "pandas"]


def examples() -> Iterator[Example]:
    yield from _preprocessing()
    yield from _model_selection()
    yield from _classification()


def _preprocessing() -> Iterator[Example]:
    yield ex(
        id="sklearn.train_test_split_stratified",
        task="""Split the imbalanced classification data `X`, `y` into 75% training and 25% test parts
        with `train_test_split`, stratified on `y` so both parts keep the class proportions; store
        `X_train`, `X_test`, `y_train`, `y_test`.""",
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
            "np.allclose(scaled.min(axis=0), -1) and np.allclose(scaled.max(axis=0), 1)",
            "np.allclose(restored, matrix)",
        ],
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
            "np.isclose(np.percentile(scaled, 75) - np.percentile(scaled, 25), 1)",
        ],
        difficulty="basic",
        tags=["scaling", "outliers"],
    )
    yield ex(
        id="sklearn.polynomial_features_names",
        task="""Expand the numeric DataFrame `measurements` into all degree-2 polynomial terms (squares
        and pairwise products, no bias column) with `PolynomialFeatures`; store the array in
        `expanded` and the generated column names in `feature_names`.""",
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
        difficulty="basic",
        tags=["feature-engineering"],
    )
    yield ex(
        id="sklearn.onehot_encoder_unknown_category",
        task="""Fit a `OneHotEncoder` on the `site` and `treatment` columns of the DataFrame `trial`
        with `handle_unknown="ignore"` and dense output, and encode the new rows
        `new_patients` (one has the unseen site "west") into `encoded_new`. Also show that an encoder
        with the default `handle_unknown="error"` rejects them: store its error message in
        `unknown_error`.""",
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
            "encoded_new[1, :trial['site'].nunique()].sum() == 0 and encoded_new[1].sum() == 1",
            "encoded_new[0].sum() == 2",
        ],
        difficulty="intermediate",
        tags=["encoding", "categorical", "error-handling"],
    )
    yield ex(
        id="sklearn.ordinal_encoder_explicit_order",
        task="""Bin the `dose` column of the DataFrame `trial` into the ordered levels "low" (0-3),
        "medium" (3-7) and "high" (7-10) and encode them with an `OrdinalEncoder` whose categories
        are given in that order, so the codes 0, 1, 2 follow the dose; store the codes as a 1-D
        array in `dose_codes`. Configure the encoder to map unseen levels to -1 and store the code
        it gives the unseen level "extreme" in `unknown_code`.""",
        code="""
            import pandas as pd
            from sklearn.preprocessing import OrdinalEncoder

            levels = ["low", "medium", "high"]
            dose_level = pd.cut(trial["dose"], bins=[0, 3, 7, 10], labels=levels, include_lowest=True)
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
            "np.all(dose_codes[trial['dose'].to_numpy() > 7] == 2) and np.all(dose_codes[trial['dose'].to_numpy() <= 3] == 0)",
            "unknown_code == -1",
        ],
        difficulty="intermediate",
        tags=["encoding", "categorical", "error-handling"],
    )
    yield ex(
        id="sklearn.column_transformer_trial",
        task="""Build a `ColumnTransformer` for the DataFrame `trial` that standardizes the numeric
        columns `dose` and `age` and one-hot encodes the categorical columns `site` and `treatment`
        (dense output, unseen categories ignored), dropping the rest; store the transformed array
        in `X_design` and its column names in `feature_names`.""",
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
            "np.allclose(X_design[:, :2].mean(axis=0), 0) and np.allclose(X_design[:, :2].std(axis=0), 1)",
        ],
        difficulty="intermediate",
        tags=["preprocessing", "categorical", "column-transformer"],
    )
    yield ex(
        id="sklearn.column_selector_ridge_cv",
        task="""Predict `response` from the other columns of the mixed DataFrame `trial` with a
        pipeline of `make_column_transformer` (numeric columns standardized and categorical columns
        one-hot encoded, each chosen by dtype with `make_column_selector`) and `Ridge`; store the
        5-fold cross-validated R^2 scores in `r2_scores`.""",
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
        libraries=SK,
        inputs={"trial": "trial"},
        checks=[
            "len(r2_scores) == 5 and np.all(np.isfinite(r2_scores))",
            "np.all(r2_scores <= 1)",
            # a constant (mean) prediction scores about 0, so a useful model is clearly above it
            "r2_scores.mean() > 0.2",
        ],
        difficulty="advanced",
        tags=["pipeline", "column-transformer", "cross-validation", "regression"],
    )
    yield ex(
        id="sklearn.simple_imputer_median",
        task="""Fill the missing values of the numeric DataFrame `survey` with each column's median
        using `SimpleImputer`, keeping a DataFrame with the same columns (`set_output`); store it
        in `survey_imputed`.""",
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
            "np.allclose(survey_imputed.where(survey.isna()).median(), survey.median(), equal_nan=True)",
        ],
        difficulty="basic",
        tags=["missing-data", "imputation"],
    )
    yield ex(
        id="sklearn.knn_imputer_scaled",
        task="""Impute the missing values of the numeric DataFrame `survey` with a distance-weighted
        `KNNImputer` (5 neighbours) computed on standardized columns, then transform back to the
        original units; store the complete DataFrame (same index and columns) in
        `survey_imputed`.""",
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
            "np.allclose(survey_imputed.to_numpy()[survey.notna().to_numpy()], survey.to_numpy()[survey.notna().to_numpy()])",
            # a weighted mean of neighbours' values stays inside the observed range of the column
            "((survey_imputed >= survey.min() - 1e-9) & (survey_imputed <= survey.max() + 1e-9)).all().all()",
        ],
        difficulty="intermediate",
        tags=["missing-data", "imputation", "scaling"],
    )
    yield ex(
        id="sklearn.missing_data_pipeline",
        task="""The DataFrame `trial` has missing `dose` and `response` values. Drop the rows whose
        target `response` is missing, then cross-validate (5 folds) a `Pipeline` that imputes
        `dose` and `age` with the median (adding missing-value indicator columns) and
        standardizes them, one-hot encodes `site` and `treatment`, and fits a
        `LinearRegression`; store the rows used in `features`/`target` and the R^2 scores in
        `r2_scores`.""",
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
                    ("categorical", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["site", "treatment"]),
                ]
            )
            model = Pipeline([("preprocess", preprocess), ("regress", LinearRegression())])
            r2_scores = cross_val_score(model, features, target, cv=5, scoring="r2")
        """,
        domain=DOMAIN,
        libraries=SK,
        inputs={"trial": "trial_missing"},
        checks=[
            "len(features) == trial['response'].notna().sum() and target.notna().all()",
            "'response' not in features.columns",
            "len(r2_scores) == 5 and np.all(np.isfinite(r2_scores))",
            "r2_scores.mean() > 0.2",
        ],
        difficulty="advanced",
        tags=["missing-data", "imputation", "pipeline", "error-handling"],
    )
    yield ex(
        id="sklearn.function_transformer_log1p",
        task="""Wrap `np.log1p` (with `np.expm1` as its inverse) in a `FunctionTransformer` and apply
        it to the right-skewed 1-D sample `skewed` as a single-column 2-D array; store the
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
            "pd.Series(logged.ravel()).skew() < pd.Series(skewed).skew()",
            "np.allclose(np.ravel(restored), skewed)",
        ],
        difficulty="basic",
        tags=["feature-engineering", "transformation"],
    )


def _model_selection() -> Iterator[Example]:
    yield ex(
        id="sklearn.cross_val_score_stratified",
        task="""Estimate the accuracy of a standardize-then-RBF-`SVC` pipeline on `X`, `y` with 5-fold
        `StratifiedKFold` cross-validation (shuffled, `random_state=0`); store the five fold
        accuracies in `scores`.""",
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
            # better than always predicting the most frequent class
            "scores.mean() > np.bincount(y).max() / len(y)",
        ],
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
            "np.isclose(summary['roc_auc'], results['test_roc_auc'].mean()) and summary['roc_auc'] > 0.5",
            "summary['accuracy'] > np.bincount(y).max() / len(y)",
        ],
        difficulty="intermediate",
        tags=["cross-validation", "metrics", "ensemble"],
    )
    yield ex(
        id="sklearn.time_series_split_lags",
        task="""Forecast the daily `temperature` of the DataFrame `weather` from its values 1, 2 and 3
        days earlier with `Ridge`, evaluated by a 5-split `TimeSeriesSplit` so every model is trained
        only on the past; store the lag matrix in `X_lags`, the splitter in `splitter` and the
        per-split mean absolute errors as an array in `fold_mae`.""",
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
            "fold_mae.shape == (5,) and np.all(fold_mae > 0)",
            # yesterday's weather must beat predicting the long-run average
            "fold_mae.mean() < (weather['temperature'] - weather['temperature'].mean()).abs().mean()",
        ],
        difficulty="advanced",
        tags=["time-series", "cross-validation", "forecasting"],
    )
    yield ex(
        id="sklearn.grid_search_svc",
        task="""Tune an RBF `SVC` in a standardizing `Pipeline` on the multi-class data `X`, `y` with
        `GridSearchCV` over `C` in [0.1, 1, 10] and `gamma` in ["scale", 0.1] (3-fold, accuracy);
        store the fitted search in `search` and its best parameters in `best_params`.""",
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
            "search.best_score_ > np.bincount(y).max() / len(y)",
            "set(np.unique(search.predict(X))) <= set(np.unique(y))",
        ],
        difficulty="intermediate",
        tags=["hyperparameter-search", "parameter-tuning", "svm", "pipeline"],
    )
    yield ex(
        id="sklearn.randomized_search_forest",
        task="""Tune a `RandomForestClassifier` (20 trees) on `X`, `y` with `RandomizedSearchCV`:
        6 draws (3-fold CV, `random_state=0`) of `max_depth` from the integers 2-7,
        `min_samples_leaf` from 1-9 (scipy `randint`) and `max_features` from ["sqrt", None];
        store the fitted search in `search`.""",
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
            "0 <= search.best_score_ <= 1 and search.best_score_ > np.bincount(y).max() / len(y)",
        ],
        difficulty="advanced",
        tags=["hyperparameter-search", "parameter-tuning", "ensemble"],
    )
    yield ex(
        id="sklearn.learning_curve_plot",
        task="""Compute a `learning_curve` for a standardize-then-`LogisticRegression` pipeline on `X`,
        `y` at 5 training sizes from 20% to 100% (5-fold CV, shuffled) and plot the mean training
        and cross-validation accuracy against the number of training samples with +/- 1 standard
        deviation bands on `ax`; label the curves "training" and "cross-validation" in a legend
        and set axis labels and a title. Store `train_sizes`, `train_scores`, `test_scores`.""",
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
        difficulty="advanced",
        tags=["learning-curve", "custom-plotting", "model-diagnostics"],
    )
    yield ex(
        id="sklearn.validation_curve_max_depth",
        task="""Use `validation_curve` to score a `DecisionTreeClassifier` on `X`, `y` for `max_depth`
        from 1 to 10 (5-fold CV); store the depths in `depths`, the score arrays in `train_scores`
        and `test_scores`, and the depth with the best mean cross-validation accuracy in
        `best_depth`.""",
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
        difficulty="intermediate",
        tags=["validation-curve", "parameter-tuning", "overfitting"],
    )
    yield ex(
        id="sklearn.cross_val_predict_confusion",
        task="""Get an out-of-fold prediction for every sample of the multi-class data `X`, `y` with
        `cross_val_predict` (5 folds) from a `GaussianNB` classifier, and tabulate them against
        the true labels with `confusion_matrix`; store the predictions in `y_pred` and the matrix
        in `cm`.""",
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
            "np.trace(cm) / len(y) > np.bincount(y).max() / len(y)",
        ],
        difficulty="intermediate",
        tags=["cross-validation", "confusion-matrix", "multiclass"],
    )
    yield ex(
        id="sklearn.leave_one_group_out_sites",
        task="""Check whether a `LinearRegression` of `response` on `treatment` (one-hot, first level
        dropped), `dose` and `age` from the DataFrame `trial` transfers across sites: cross-validate
        it with `LeaveOneGroupOut` using `site` as the groups and the mean absolute error as the
        score; store the error for each held-out site in the Series `site_mae` indexed by site
        name.""",
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
                    (OneHotEncoder(drop="first", sparse_output=False), ["treatment"]),
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
            "(site_mae > 0).all()",
            "site_mae.mean() < (trial['response'] - trial['response'].mean()).abs().mean()",
        ],
        difficulty="advanced",
        tags=["cross-validation", "grouped-data", "regression"],
    )
    yield ex(
        id="sklearn.nested_cross_validation",
        task="""Estimate the accuracy of a tuned model without optimistic bias by nested
        cross-validation on `X`, `y`: an inner 3-fold `GridSearchCV` tunes `n_neighbors` in
        [5, 15, 31] of a standardize-then-`KNeighborsClassifier` pipeline, and an outer shuffled
        5-fold `KFold` scores the whole search; store the outer scores in `nested_scores`.""",
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
            "nested_scores.mean() > np.bincount(y).max() / len(y)",
        ],
        difficulty="advanced",
        tags=["cross-validation", "hyperparameter-search", "parameter-tuning"],
    )


def _classification() -> Iterator[Example]:
    yield ex(
        id="sklearn.logistic_regression_proba",
        task="""Split `X`, `y` (70/30, stratified), fit a `LogisticRegression` on the training part and
        on the test part store the class probabilities in `proba`, the predicted labels in `y_pred`
        and the accuracy in `accuracy`.""",
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
        difficulty="basic",
        tags=["classification", "logistic-regression"],
    )
    yield ex(
        id="sklearn.logistic_c_sweep",
        task="""Sweep the inverse regularization strength `C` of a standardize-then-`LogisticRegression`
        pipeline over `C_values` = 10^-3 ... 10^2 (6 values) on `X`, `y`: for each, record the
        norm of the fitted coefficients in the array `coef_norms` and the 5-fold cross-validated
        accuracy in the array `cv_accuracy`; store the `C` with the best accuracy in `best_C`.""",
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
        difficulty="intermediate",
        tags=["regularization", "parameter-tuning", "logistic-regression"],
    )
    yield ex(
        id="sklearn.random_forest_importances_oob",
        task="""Fit a `RandomForestClassifier` (100 trees, `random_state=0`) on `X`, `y` with
        out-of-bag scoring; store the impurity-based `feature_importances_` in `importances`, the
        feature indices from most to least important in `ranking` and the out-of-bag accuracy in
        `oob_accuracy`.""",
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
            "0 <= oob_accuracy <= 1 and oob_accuracy > np.bincount(y).max() / len(y)",
        ],
        difficulty="intermediate",
        tags=["ensemble", "feature-importance", "random-forest"],
    )
    yield ex(
        id="sklearn.gradient_boosting_staged",
        task="""Fit a `GradientBoostingClassifier` (100 stages of depth-2 trees, learning rate 0.1) on a
        stratified 70% training split of `X`, `y` and use `staged_predict` to record the test
        accuracy after every boosting stage in the array `stage_accuracy`; store the number of
        stages with the best test accuracy in `best_n_stages`.""",
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
            "1 <= best_n_stages <= 100 and stage_accuracy[best_n_stages - 1] == stage_accuracy.max()",
            "np.isclose(stage_accuracy[-1], booster.score(X_test, y_test))",
            "stage_accuracy.max() > np.bincount(y_test).max() / len(y_test)",
        ],
        difficulty="intermediate",
        tags=["ensemble", "boosting"],
    )
    yield ex(
        id="sklearn.decision_tree_native_nan",
        task="""Blank out about 10% of the entries of `X` at random (`default_rng(0)`) into `X_missing`
        and fit a `DecisionTreeClassifier` (`max_depth=4`) on a stratified 70% split of it
        directly, without imputing, since scikit-learn trees route NaN values natively; store the
        tree in `tree` and its test accuracy in `test_accuracy`.""",
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
            "np.isnan(X_test).any() and tree.get_depth() <= 4",
            "0 <= test_accuracy <= 1 and test_accuracy > np.bincount(y).max() / len(y)",
        ],
        difficulty="advanced",
        tags=["decision-tree", "missing-data", "error-handling"],
    )
    yield ex(
        id="sklearn.svc_decision_function_auc",
        task="""Fit a standardize-then-RBF-`SVC` pipeline on a stratified 70% split of the binary data
        `X`, `y` and compute the test ROC AUC from its `decision_function` scores (no probability
        calibration needed for ranking); store the scores in `scores` and the AUC in `auc`.""",
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
            "0.5 < auc <= 1",
        ],
        difficulty="intermediate",
        tags=["svm", "roc-auc", "classification"],
    )
    for k in (1, 5, 15):
        yield ex(
            id=f"sklearn.knn_neighbors.k{k}",
            family="sklearn.knn_neighbors",
            task=f"""Fit a standardize-then-`KNeighborsClassifier` pipeline with `n_neighbors={k}` on a
            stratified 70% split of `X`, `y`; store the pipeline in `knn` and its accuracy on the
            training and test parts in `train_accuracy` and `test_accuracy`.""",
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
                "test_accuracy > np.bincount(y_test).max() / len(y_test)",
            ],
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
            accuracy in `train_accuracy` and `test_accuracy`.""",
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
                "train_accuracy >= np.bincount(y_train).max() / len(y_train)",
                "test_accuracy > np.bincount(y_test).max() / len(y_test)",
            ],
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
            "np.mean(model.classes_[proba.argmax(axis=1)] == y) > np.bincount(y).max() / len(y)",
        ],
        difficulty="basic",
        tags=["naive-bayes", "classification"],
    )
    yield ex(
        id="sklearn.dummy_baseline_balanced_accuracy",
        task="""On the imbalanced data `X`, `y`, compare a `DummyClassifier` that always predicts the
        most frequent class with a standardize-then-RBF-`SVC` pipeline using
        `class_weight="balanced"`, both fitted on a stratified 70% split: put the test `accuracy`
        and `balanced_accuracy` of each (rows "baseline" and "svc") in the DataFrame
        `comparison`.""",
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
            "np.isclose(comparison.loc['baseline', 'accuracy'], np.bincount(y_test).max() / len(y_test))",
            "np.isclose(comparison.loc['baseline', 'balanced_accuracy'], 1 / len(np.unique(y)))",
            # the baseline's accuracy looks high on imbalanced data; its balanced accuracy does not
            "comparison.loc['baseline', 'accuracy'] > comparison.loc['baseline', 'balanced_accuracy']",
            "comparison.loc['svc', 'balanced_accuracy'] > comparison.loc['baseline', 'balanced_accuracy']",
        ],
        difficulty="basic",
        tags=["baseline", "imbalanced", "metrics"],
    )
    yield ex(
        id="sklearn.class_weight_balanced_recall",
        task="""On the imbalanced binary data `X`, `y`, fit a standardize-then-RBF-`SVC` pipeline with
        and without `class_weight="balanced"` on a stratified 70% split and compare
        the test recall of the minority class (`minority`): store `recall_plain` and
        `recall_balanced`, and the per-class weights from `compute_class_weight("balanced", ...)`
        on the training labels in `class_weights`.""",
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

            recalls = {}
            for weighting in (None, "balanced"):
                # weighting scales the misclassification penalty C per class
                model = make_pipeline(StandardScaler(), SVC(class_weight=weighting))
                model.fit(X_train, y_train)
                recalls[weighting] = recall_score(y_test, model.predict(X_test), pos_label=minority)
            recall_plain, recall_balanced = recalls[None], recalls["balanced"]
        """,
        domain=DOMAIN,
        libraries=SK_NP,
        inputs={"X": "clf_imbalanced.X", "y": "clf_imbalanced.y"},
        checks=[
            "np.allclose(class_weights, len(y_train) / (len(np.unique(y_train)) * np.bincount(y_train)))",
            "class_weights[list(np.unique(y_train)).index(minority)] == class_weights.max()",
            "0 <= recall_plain <= 1 and 0 <= recall_balanced <= 1",
            "recall_balanced >= recall_plain and recall_balanced > 0",
        ],
        difficulty="intermediate",
        tags=["imbalanced", "class-weight", "metrics"],
    )
    yield ex(
        id="sklearn.calibrated_svc_probabilities",
        task="""Get calibrated class probabilities from an RBF `SVC` (which has no `predict_proba` of
        its own) by wrapping a standardize-then-SVC pipeline in `CalibratedClassifierCV` (sigmoid
        method, 3 folds, `ensemble=False`), fitted on a stratified 70% split of the binary data
        `X`, `y`; store the test probabilities of the positive class in `proba`, their Brier score
        in `brier` and the reliability-curve points from `calibration_curve` (5 bins) in
        `prob_true`, `prob_pred`.""",
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
            # predicting the base rate for everyone scores p(1 - p); a useful model does better
            "0 <= brier < np.mean(y_test) * (1 - np.mean(y_test))",
            "len(prob_true) == len(prob_pred) <= 5 and np.all((prob_true >= 0) & (prob_true <= 1))",
        ],
        difficulty="advanced",
        tags=["calibration", "svm", "probabilities"],
    )
    yield ex(
        id="sklearn.stacking_classifier",
        task="""Stack a `RandomForestClassifier` (50 trees) and a standardize-then-`SVC` pipeline under
        a `LogisticRegression` meta-model with `StackingClassifier` (3-fold internal CV), fitted on a
        stratified 70% split of the multi-class data `X`, `y`; store the model in `stack` and its
        test accuracy in `test_accuracy`.""",
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
            "set(np.unique(stack.predict(X_test))) <= set(np.unique(y))",
            "0 <= test_accuracy <= 1 and test_accuracy > np.bincount(y_test).max() / len(y_test)",
        ],
        difficulty="advanced",
        tags=["ensemble", "stacking", "multiclass"],
    )
    yield ex(
        id="sklearn.sgd_partial_fit_batches",
        task="""Train an `SGDClassifier` with logistic loss out of core: after standardizing with a
        scaler fitted on the training part of a stratified 70% split of `X`, `y`, feed the training
        rows in 10 mini-batches per epoch with `partial_fit` (passing all `classes` on the first
        call) for 5 epochs, recording the test accuracy after each epoch in the list
        `epoch_accuracy`; store the model in `model`.""",
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
                for batch in np.array_split(rng.permutation(len(X_train_scaled)), 10):
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
        difficulty="advanced",
        tags=["online-learning", "sgd", "classification"],
    )
    yield ex(
        id="sklearn.decision_boundary_display",
        task="""Fit a `KNeighborsClassifier` (15 neighbours) on the first two columns of the
        multi-class data `X`, `y`, draw its predicted regions on `ax` with
        `DecisionBoundaryDisplay.from_estimator` (axis labels "feature 0" and "feature 1"),
        overlay the samples coloured by class, add a title and finish with a legend that has one
        entry per class.""",
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
        difficulty="intermediate",
        tags=["custom-plotting", "decision-boundary", "nearest-neighbors"],
    )
