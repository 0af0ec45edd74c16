# /// example
# task = """
# Predict `response` in the DataFrame `trial` from `site`, `treatment`, `dose` and `age` with a \
# `HistGradientBoostingRegressor` (`random_state=0`) that splits `site` and `treatment` natively \
# as categorical features: ordinal-encode the two columns (sorted categories, unseen ones as \
# missing), pass the rest through, and mark the two encoded columns as categorical. Keep the \
# fitted pipeline in `model` and its predictions for `trial` in `fitted`."""
# prompt = """
# I'd like a histogram gradient boosting regressor for `response` in my DataFrame `trial`, using \
# `site`, `treatment`, `dose` and `age`, that treats `site` and `treatment` as real categorical \
# features instead of one-hot columns. Ordinal-encode those two columns (sorted categories, unseen \
# ones as missing), leave the numeric ones as they are, tell the booster which columns are \
# categorical, and use random_state=0. Keep the fitted pipeline in `model` and its predictions for \
# `trial` in `fitted`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     'fitted.shape == (len(trial),) and np.all(np.isfinite(fitted))',
#     # the booster itself sees exactly two categorical columns
#     'int(np.sum(model[-1].is_categorical_)) == 2',
#     # the same booster refitted on the sorted-category codes of site and treatment next to dose and age
#     "(lambda codes: np.allclose(fitted, sklearn.ensemble.HistGradientBoostingRegressor(categorical_features=[0, 1], random_state=0).fit(codes, trial['response']).predict(codes), rtol=1e-6, atol=1e-6 * (1 + np.ptp(trial['response']))))(np.column_stack([np.unique(trial['site'].astype(str), return_inverse=True)[1], np.unique(trial['treatment'].astype(str), return_inverse=True)[1], trial['dose'], trial['age']]))",
# ]
# difficulty = 'advanced'
# tags = ['ensemble', 'regression', 'categorical', 'pipeline']
# edge_cases = true
# ///
import numpy as np
from sklearn.compose import make_column_transformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

categorical = ["site", "treatment"]
features = [*categorical, "dose", "age"]
encoder = make_column_transformer(
    (
        OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan),
        categorical,
    ),
    remainder="passthrough",
)
# the encoder puts the two categorical columns first, so they are columns 0 and 1
booster = HistGradientBoostingRegressor(categorical_features=[0, 1], random_state=0)
model = make_pipeline(encoder, booster)
model.fit(trial[features], trial["response"])
fitted = model.predict(trial[features])
