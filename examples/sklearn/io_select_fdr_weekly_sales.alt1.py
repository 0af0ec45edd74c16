import numpy as np
import pandas as pd
from scipy import stats
from sklearn.feature_selection import f_regression

data = pd.DataFrame(
    {
        "ad_spend": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        "price": [9.5, 9.0, 9.9, 8.5, 9.1, 8.0, 8.8, 7.9, 8.4, 7.5],
        "temperature": [17, 21, 17, 21, 20, 24, 19, 23, 21, 24],
        "stock": [50, 48, 55, 47, 52, 49, 51, 53, 46, 50],
        "sales": [12, 15, 17, 22, 23, 27, 28, 33, 34, 38],
    }
)
features = data.drop(columns="sales")
_, p_values = f_regression(features, data["sales"])
# BH-adjusted p-values at or below 0.05 give the same set as the step-up rule
adjusted = stats.false_discovery_control(p_values, method="bh")
kept = [name for name, q in zip(features.columns, adjusted, strict=False) if q <= 0.05]
p_values = np.asarray(p_values)
