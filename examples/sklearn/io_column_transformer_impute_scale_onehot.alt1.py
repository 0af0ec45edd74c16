import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder

houses = pd.DataFrame(
    {"area_m2": [50.0, 60.0, np.nan, 130.0], "city": ["Oslo", "Bergen", "Oslo", np.nan]}
)

preprocess = ColumnTransformer(
    transformers=[
        ("num", make_pipeline(SimpleImputer(strategy="median"), MinMaxScaler()), ["area_m2"]),
        (
            "cat",
            make_pipeline(
                SimpleImputer(strategy="most_frequent"),
                # unseen cities at prediction time become an all-zero row instead of an error
                OneHotEncoder(handle_unknown="ignore", sparse_output=False),
            ),
            ["city"],
        ),
    ]
).set_output(transform="pandas")
encoded = preprocess.fit_transform(houses)
features = encoded.to_numpy()
feature_names = list(encoded.columns)
