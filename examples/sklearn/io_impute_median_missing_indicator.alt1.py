import numpy as np
import pandas as pd
from sklearn.impute import MissingIndicator, SimpleImputer
from sklearn.pipeline import make_union

readings = pd.DataFrame(
    {
        "temp": [21.0, np.nan, 19.5, 23.0, np.nan],
        "humidity": [40.0, 55.0, np.nan, 61.0, 47.0],
    }
)
# the union stacks the imputed values and the missing-value flags side by side
union = make_union(SimpleImputer(strategy="median"), MissingIndicator())
filled = union.fit_transform(readings).astype(float)
feature_names = [name.split("__")[-1] for name in union.get_feature_names_out()]
