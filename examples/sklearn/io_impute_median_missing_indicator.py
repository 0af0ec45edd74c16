# /// example
# task = """
# Build the sensor table below as the DataFrame `readings`, fill each column's missing values \
# with that column's median using scikit-learn, and append indicator columns that flag where a \
# value was missing. Store the result as the array `filled` and its column names in \
# `feature_names`.
#
# ```text
#    temp  humidity
# 0  21.0      40.0
# 1   NaN      55.0
# 2  19.5       NaN
# 3  23.0      61.0
# 4   NaN      47.0
# ```
#
# Wanted:
#
# ```text
# feature_names = ['temp', 'humidity', 'missingindicator_temp', 'missingindicator_humidity']
# filled =
# [[21.  40.   0.   0. ]
#  [21.  55.   1.   0. ]
#  [19.5 51.   0.   1. ]
#  [23.  61.   0.   0. ]
#  [21.  47.   1.   0. ]]
# ```"""
# prompt = """
# Some sensor readings (`readings`) have gaps:
#
# ```text
#    temp  humidity
# 0  21.0      40.0
# 1   NaN      55.0
# 2  19.5       NaN
# 3  23.0      61.0
# 4   NaN      47.0
# ```
#
# I'd like the gaps replaced by the column median, plus 0/1 columns telling me which cells were \
# imputed, all in one sklearn step. The array `filled` and the names `feature_names` should be:
#
# ```text
# feature_names = ['temp', 'humidity', 'missingindicator_temp', 'missingindicator_humidity']
# filled =
# [[21.  40.   0.   0. ]
#  [21.  55.   1.   0. ]
#  [19.5 51.   0.   1. ]
#  [23.  61.   0.   0. ]
#  [21.  47.   1.   0. ]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(np.asarray(filled, dtype=float), [[21, 40, 0, 0], [21, 55, 1, 0], [19.5, 51, 0, 1], [23, 61, 0, 0], [21, 47, 1, 0]])',
#     'list(feature_names) == ["temp", "humidity", "missingindicator_temp", "missingindicator_humidity"]',
#     # the medians come from the observed values of each column
#     'np.allclose(np.asarray(filled, dtype=float)[:, :2], readings.fillna(readings.median()).to_numpy())',
#     'readings.isna().sum().tolist() == [2, 1]',
# ]
# difficulty = 'intermediate'
# tags = ['imputation', 'missing-data']
# ///
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer

readings = pd.DataFrame(
    {
        "temp": [21.0, np.nan, 19.5, 23.0, np.nan],
        "humidity": [40.0, 55.0, np.nan, 61.0, 47.0],
    }
)
# add_indicator=True appends one 0/1 column per feature that had missing values
imputer = SimpleImputer(strategy="median", add_indicator=True)
filled = imputer.fit_transform(readings)
feature_names = imputer.get_feature_names_out()
