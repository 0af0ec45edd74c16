# /// example
# task = """
# The DataFrame `trial` has missing `dose` and `response` values. Drop the rows whose target \
# `response` is missing, then cross-validate (5 folds) a `Pipeline` that imputes `dose` and `age` \
# with the median (adding missing-value indicator columns) and standardizes them, one-hot encodes \
# `site` and `treatment`, and fits a `LinearRegression`; store the rows used in \
# `features`/`target` and the R^2 scores in `r2_scores`. Keep the unfitted pipeline as `model`."""
# prompt = """
# My DataFrame `trial` has missing `dose` and `response` values. Drop the rows with no `response` \
# (keep the inputs in `features` and the target in `target`), then 5-fold cross-validate an \
# unfitted pipeline `model` that median-imputes `dose` and `age` with added missing-value \
# indicator columns and standardizes them, one-hot encodes `site` and `treatment`, and fits a \
# linear regression; store the R^2 scores in `r2_scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { trial = 'trial_missing' }
# checks = [
#     "len(features) == trial['response'].notna().sum() and target.notna().all()",
#     "'response' not in features.columns",
#     'len(r2_scores) == 5 and np.all(np.isfinite(r2_scores)) and np.all(r2_scores <= 1)',
#     # dose, age, one indicator per column with gaps, and one column per category level
#     "model.fit(features, target)[-1].coef_.shape == (2 + int(features[['dose', 'age']].isna().any().sum()) + features['site'].nunique() + features['treatment'].nunique(),)",
# ]
# difficulty = 'advanced'
# tags = ['missing-data', 'imputation', 'pipeline']
# [edge_cases]
# min_size = 10
# why = '5-fold R^2 needs two rows in every test fold (the R^2 of a single row is undefined): 10 rows'
# ///
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
