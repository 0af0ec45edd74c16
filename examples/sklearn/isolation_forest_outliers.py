# /// example
# task = """
# Append one clearly extreme row (column means plus 8 standard deviations) to the numeric \
# DataFrame `measurements` as `data`, then flag outliers with an `IsolationForest` \
# (`contamination=0.05`, `random_state=0`); store the +1/-1 flags in `flags` and the \
# `decision_function` values in `scores`."""
# prompt = """
# Append one clearly extreme row (the column means plus 8 standard deviations) to my numeric \
# DataFrame `measurements` as `data`, then flag outliers with an isolation forest using \
# contamination 0.05 and random_state=0. Store the +1/-1 inlier/outlier flags in `flags` and the \
# decision-function scores (negative for outliers) in `scores`."""
# domain = 'machine_learning'
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
#     # the measurements unchanged, then their column means plus 8 standard deviations (either ddof)
#     'np.allclose(data.iloc[:-1].to_numpy(), measurements.to_numpy(), equal_nan=True) and any(np.allclose(data.iloc[-1].to_numpy(dtype=float), (measurements.mean() + 8 * measurements.std(ddof=d)).to_numpy(dtype=float), equal_nan=True) for d in (0, 1))',
# ]
# difficulty = 'intermediate'
# tags = ['outliers', 'ensemble']
# [edge_cases]
# min_size = 2
# why = 'the standard deviation that places the extreme row needs two rows'
# ///
import pandas as pd
from sklearn.ensemble import IsolationForest

extreme = (measurements.mean() + 8 * measurements.std()).to_frame().T
data = pd.concat([measurements, extreme], ignore_index=True)

# contamination sets the score threshold so that about 5% of the rows are flagged
forest = IsolationForest(contamination=0.05, random_state=0).fit(data)
flags = forest.predict(data)
scores = forest.decision_function(data)
