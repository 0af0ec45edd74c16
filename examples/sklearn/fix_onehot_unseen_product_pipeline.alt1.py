import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

categorical = ["customer", "product"]
preprocess = ColumnTransformer(
    [("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), categorical)],
    remainder="passthrough",
)
pipe = Pipeline([("prep", preprocess), ("ridge", Ridge(alpha=1.0))])
pipe.fit(orders[[*categorical, "unit_price"]], orders["quantity"])

new_lines = pd.DataFrame(
    {"customer": ["C004", "C011"], "product": ["pen", "webcam"], "unit_price": [1.30, 45.00]}
)
predicted = pipe.predict(new_lines)
