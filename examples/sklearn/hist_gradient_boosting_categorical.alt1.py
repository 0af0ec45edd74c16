import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

preprocess = ColumnTransformer(
    [
        (
            "categories",
            OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan),
            ["site", "treatment"],
        ),
        ("numbers", "passthrough", ["dose", "age"]),
    ],
    verbose_feature_names_out=False,
).set_output(transform="pandas")
# with pandas output the booster can name its categorical columns
model = Pipeline(
    [
        ("preprocess", preprocess),
        (
            "booster",
            HistGradientBoostingRegressor(
                categorical_features=["site", "treatment"], random_state=0
            ),
        ),
    ]
)
model.fit(trial, trial["response"])
fitted = model.predict(trial)
