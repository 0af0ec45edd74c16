# /// example
# task = """
# The measurements `values` (a NumPy array) arrive one at a time. Store in `running_median` a \
# pandas Series with, at each position, the median of all measurements up to and including that \
# one (an expanding median), and in `settled` the first position (0-based) from which the \
# running median never again moves by more than 0.5 from one position to the next (0 if it \
# never moves by more than that)."""
# prompt = """
# I get my `values` one by one and track their running median (the median of everything seen so \
# far) as a Series `running_median`. I'd also like `settled`: the first 0-based position after \
# which the running median never changes by more than 0.5 between consecutive steps (0 if it \
# never jumps more than that at all)."""
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'len(running_median) == len(values) and np.allclose(np.asarray(running_median, dtype=float), [np.median(values[: i + 1]) for i in range(len(values))])',
#     '(lambda m: settled == (int(np.nonzero(np.abs(np.diff(m)) > 0.5)[0].max()) + 1 if (np.abs(np.diff(m)) > 0.5).any() else 0))(np.array([np.median(values[: i + 1]) for i in range(len(values))]))',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'descriptive-statistics']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

running_median = pd.Series(values).expanding().median()
jumps = np.flatnonzero(running_median.diff().abs().to_numpy() > 0.5)
# a jump at position i is the change from i - 1 to i; the median has settled from the last jump on
settled = int(jumps.max()) if len(jumps) else 0
