import pandas as pd
from sklearn.feature_selection import VarianceThreshold

sensors = pd.DataFrame(
    {
        "device_id": [7, 7, 7, 7],
        "temp": [20.5, 21.0, 19.5, 22.0],
        "gain": [1.0, 1.0, 1.0, 1.0],
        "humidity": [40, 42, 47, 43],
    }
)
selector = VarianceThreshold(threshold=0.0).fit(sensors)
# get_support() is a boolean mask over the input columns
kept = sensors.loc[:, selector.get_support()]
variances = selector.variances_
