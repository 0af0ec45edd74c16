# /// example
# task = """
# Append one clearly extreme row (column means plus 8 standard deviations) to the numeric \
# DataFrame `measurements` as `data`, then flag outliers with an `IsolationForest` \
# (`contamination=0.05`, `random_state=0`); store the +1/-1 flags in `flags` and the \
# `decision_function` values in `scores`."""
# domain = 'data_processing'
# libraries = ['scikit-learn', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'len(data) == len(measurements) + 1 and flags.shape == (len(data),)',
#     # the added row is extreme unless no column varies at the float32 precision trees work in
#     'set(np.unique(flags)) <= {-1, 1} and (flags[-1] == -1 or np.all(data.to_numpy(np.float32) == data.to_numpy(np.float32)[0]))',
#     # the threshold is the 5th percentile of the scores: at most 5% of the rows (plus one, for
#     # the interpolation between two rows) fall below it
#     'np.sum(flags == -1) <= 0.05 * len(data) + 1',
#     'np.array_equal(scores < 0, flags == -1)',
# ]
# difficulty = 'intermediate'
# tags = ['outlier-detection', 'anomaly-detection']
# [edge_cases]
# min_size = 2
# why = 'the standard deviation that places the extreme row needs two rows'
# ///
from sklearn.ensemble import IsolationForest

import pandas as pd

extreme = (measurements.mean() + 8 * measurements.std()).to_frame().T
data = pd.concat([measurements, extreme], ignore_index=True)

# contamination sets the score threshold so that about 5% of the rows are flagged
forest = IsolationForest(contamination=0.05, random_state=0).fit(data)
flags = forest.predict(data)
scores = forest.decision_function(data)
