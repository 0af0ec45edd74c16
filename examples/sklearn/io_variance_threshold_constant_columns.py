# /// example
# task = """
# Build the sensor table below as the DataFrame `sensors` and drop its constant columns (zero \
# variance) with scikit-learn's `VarianceThreshold`, keeping the result as the DataFrame `kept` \
# (surviving columns, original names) and the per-column variances (population variance, in column \
# order) in `variances`.
#
# ```text
#    device_id  temp  gain  humidity
# 0          7  20.5   1.0        40
# 1          7  21.0   1.0        42
# 2          7  19.5   1.0        47
# 3          7  22.0   1.0        43
# ```
#
# Wanted:
#
# ```text
# kept.columns = ['temp', 'humidity']
# variances = [0.0, 0.8125, 0.0, 6.5]
# ```"""
# prompt = """
# Two columns of my `sensors` table never change, and I want sklearn to remove them so that `kept` \
# is a DataFrame of the columns that vary, plus the column `variances` it used:
#
# ```text
#    device_id  temp  gain  humidity
# 0          7  20.5   1.0        40
# 1          7  21.0   1.0        42
# 2          7  19.5   1.0        47
# 3          7  22.0   1.0        43
# ```
#
# Expected:
#
# ```text
# kept.columns = ['temp', 'humidity']
# variances = [0.0, 0.8125, 0.0, 6.5]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = {}
# checks = [
#     'list(kept.columns) == ["temp", "humidity"]',
#     'np.allclose(variances, [0.0, 0.8125, 0.0, 6.5])',
#     'np.allclose(variances, sensors.var(ddof=0).to_numpy())',
#     'np.allclose(kept.to_numpy(dtype=float), sensors[["temp", "humidity"]].to_numpy(dtype=float))',
# ]
# difficulty = 'basic'
# tags = ['feature-selection']
# ///
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
# the default threshold=0.0 removes only the columns that never change
selector = VarianceThreshold().set_output(transform="pandas")
kept = selector.fit_transform(sensors)
variances = selector.variances_
