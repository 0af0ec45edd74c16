# /// example
# task = """
# This code should take a random 80% sample `train` of the rows of `measurements` (seeded with 0), \
# standardise its columns with `StandardScaler` and put the scaled columns, named with a \
# `_scaled` suffix, next to the original ones in `train_scaled` (one row per row of `train`):
#
# ```python
# import pandas as pd
# from sklearn.preprocessing import StandardScaler
#
# train = measurements.sample(frac=0.8, random_state=0)
# scaled = pd.DataFrame(StandardScaler().fit_transform(train), columns=train.columns).add_suffix("_scaled")
# train_scaled = pd.concat([train, scaled], axis=1)
# ```
#
# It runs, but `train_scaled` has more rows than `train`, full of NaN. Fix it."""
# prompt = """
# I sample 80% of my rows from `measurements` into `train` (random_state 0), standardise them with \
# `StandardScaler` and want the scaled columns (suffix `_scaled`) beside the raw ones in \
# `train_scaled`:
#
# ```python
# import pandas as pd
# from sklearn.preprocessing import StandardScaler
#
# train = measurements.sample(frac=0.8, random_state=0)
# scaled = pd.DataFrame(StandardScaler().fit_transform(train), columns=train.columns).add_suffix("_scaled")
# train_scaled = pd.concat([train, scaled], axis=1)
# ```
#
# `train_scaled` comes out longer than `train` and half of it is NaN. Why?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas', 'scikit-learn']
# inputs = { measurements = 'measurements' }
# checks = [
#     'train.equals(measurements.sample(frac=0.8, random_state=0))',
#     'train_scaled.index.equals(train.index)',
#     'list(train_scaled.columns) == list(train.columns) + [f"{column}_scaled" for column in train.columns]',
#     'train_scaled[list(train.columns)].equals(train)',
#     # z * std == x - mean on every row (also holds for a constant column, which the scaler maps to 0)
#     'all(np.allclose(train_scaled[f"{column}_scaled"] * train[column].std(ddof=0), train[column] - train[column].mean(), equal_nan=True) for column in train.columns)',
#     'all((train_scaled[f"{column}_scaled"].isna() == train[column].isna()).all() for column in train.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'merging', 'index-alignment', 'standardization']
# edge_cases = true
# ///
import pandas as pd
from sklearn.preprocessing import StandardScaler

train = measurements.sample(frac=0.8, random_state=0)
# the scaler returns a bare array: give it train's row labels, or concat aligns it to 0..n-1
scaled = pd.DataFrame(
    StandardScaler().fit_transform(train), index=train.index, columns=train.columns
).add_suffix("_scaled")
train_scaled = pd.concat([train, scaled], axis=1)
