# /// example
# task = """
# Predict `response` from the other columns of the mixed DataFrame `trial` with a pipeline of \
# `make_column_transformer` (numeric columns standardized and categorical columns one-hot \
# encoded, each chosen by dtype with `make_column_selector`) and `Ridge`; store the 5-fold \
# cross-validated R^2 scores in `r2_scores`. Keep the inputs as `features` and `target` and the \
# unfitted pipeline as `model`."""
# prompt = """
# I want to predict `response` from all the other columns of my mixed-type DataFrame `trial` \
# (inputs in `features`, target in `target`). Build an unfitted pipeline `model` that \
# standardizes the numeric columns and one-hot encodes the categorical ones, choosing the columns \
# by dtype rather than by name, followed by ridge regression, and store its 5-fold \
# cross-validated R^2 scores in `r2_scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(r2_scores) == 5 and np.all(np.isfinite(r2_scores))',
#     'np.all(r2_scores <= 1)',
#     # one coefficient per numeric column plus one per category level
#     "model.fit(features, target)[-1].coef_.shape == (features.select_dtypes('number').shape[1] + sum(features[c].nunique() for c in features.select_dtypes('category').columns),)",
# ]
# difficulty = 'advanced'
# tags = ['pipeline', 'cross-validation', 'regression']
# [edge_cases]
# min_size = 10
# why = '5-fold R^2 needs two rows in every test fold (the R^2 of a single row is undefined): 10 rows'
# ///
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
