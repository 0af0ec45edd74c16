# /// example
# task = """
# This code should standardise `time` and `score` of the long table `rm_long` within each \
# `condition`, fitting one `StandardScaler` per condition in joblib threads with scikit-learn's \
# pandas output switched on, and stack the scaled parts into the DataFrame `scaled` (columns \
# `time` and `score`, the index labels of `rm_long`), but it raises an error:
#
# ```python
# import pandas as pd
# from joblib import Parallel, delayed
# from sklearn import config_context
# from sklearn.preprocessing import StandardScaler
#
# with config_context(transform_output="pandas"):
#     parts = Parallel(n_jobs=2, prefer="threads")(
#         delayed(StandardScaler().fit_transform)(group[["time", "score"]])
#         for _, group in rm_long.groupby("condition", observed=True)
#     )
# scaled = pd.concat(parts)
# ```
#
# ```text
# TypeError: cannot concatenate object of type '<class 'numpy.ndarray'>'; only Series and DataFrame objs are valid
# ```
#
# Fix it, keeping the parallel threads and the pandas output setting."""
# prompt = """
# I standardise `time` and `score` of my repeated-measures table `rm_long` separately for each \
# `condition`, one StandardScaler per condition in joblib threads, with `transform_output="pandas"` \
# so I can stack the parts into a DataFrame `scaled` that keeps `rm_long`'s index:
#
# ```python
# import pandas as pd
# from joblib import Parallel, delayed
# from sklearn import config_context
# from sklearn.preprocessing import StandardScaler
#
# with config_context(transform_output="pandas"):
#     parts = Parallel(n_jobs=2, prefer="threads")(
#         delayed(StandardScaler().fit_transform)(group[["time", "score"]])
#         for _, group in rm_long.groupby("condition", observed=True)
#     )
# scaled = pd.concat(parts)
# ```
#
# The scalers return NumPy arrays despite the config, and concat fails:
#
# ```text
# TypeError: cannot concatenate object of type '<class 'numpy.ndarray'>'; only Series and DataFrame objs are valid
# ```
#
# Why is my config ignored?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'joblib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'isinstance(scaled, pd.DataFrame) and sorted(scaled.columns) == ["score", "time"]',
#     'sorted(scaled.index) == sorted(rm_long.index)',
#     # z-scores with the population standard deviation; a constant column scales to 0
#     '''np.allclose(
#         scaled.loc[rm_long.index, ["time", "score"]].to_numpy(dtype=float),
#         rm_long.groupby("condition", observed=True)[["time", "score"]]
#         .transform(lambda s: (s - s.mean()) / s.std(ddof=0) if s.max() > s.min() else s * 0.0)
#         .to_numpy(dtype=float),
#         atol=1e-8,
#     )''',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'parallelism', 'standardization', 'groupby']
# [edge_cases]
# index = false
# why = 'the scaled rows are matched back to rm_long by its index labels, which must be unique'
# ///
import pandas as pd
from sklearn import config_context
from sklearn.preprocessing import StandardScaler
from sklearn.utils.parallel import Parallel, delayed

# scikit-learn's settings are per thread, so joblib's worker threads ran with the defaults;
# scikit-learn's own Parallel and delayed carry the caller's config into every task
with config_context(transform_output="pandas"):
    parts = Parallel(n_jobs=2, prefer="threads")(
        delayed(StandardScaler().fit_transform)(group[["time", "score"]])
        for _, group in rm_long.groupby("condition", observed=True)
    )
scaled = pd.concat(parts)
