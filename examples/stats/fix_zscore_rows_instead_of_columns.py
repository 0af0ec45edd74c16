# /// example
# task = """
# Each column of `measurements` is a different physical quantity (temperature, pressure, \
# humidity, wind speed). This code should standardise every quantity to z-scores (population \
# SD) before clustering, storing the DataFrame in `standardized`:
#
# ```python
# import pandas as pd
# from scipy import stats
#
# standardized = pd.DataFrame(stats.zscore(measurements, axis=1), columns=measurements.columns, index=measurements.index)
# ```
#
# It runs, but each column's mean is not 0: every row was standardised across the different \
# quantities instead. Fix it."""
# prompt = """
# Before clustering I want each variable in `measurements` on a common scale, z-scored with the \
# population SD, as a DataFrame `standardized` with the same labels. My attempt:
#
# ```python
# import pandas as pd
# from scipy import stats
#
# standardized = pd.DataFrame(stats.zscore(measurements, axis=1), columns=measurements.columns, index=measurements.index)
# ```
#
# The column means aren't zero. What did I mix up?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(standardized.columns) == list(measurements.columns) and standardized.index.equals(measurements.index)',
#     'np.allclose(standardized.to_numpy(), ((measurements - measurements.mean()) / measurements.std(ddof=0)).to_numpy())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'standardization', 'column-wise']
# edge_cases = { min_size = 2, constant = false, why = "z-scores need at least two rows and columns that vary" }
# ///
import pandas as pd
from scipy import stats

# axis=0 standardises down each column (one quantity); axis=1 mixed units across a row
standardized = pd.DataFrame(
    stats.zscore(measurements, axis=0), columns=measurements.columns, index=measurements.index
)
