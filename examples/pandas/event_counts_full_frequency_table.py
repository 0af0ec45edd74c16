# /// example
# task = """
# Tabulate the non-negative integer counts `event_counts` (a NumPy array): store in `freq` a \
# DataFrame indexed by every value from 0 to the largest observed count (values never observed \
# included with 0), with the columns `n` (how often the value occurs), `share` (n divided by the \
# number of observations) and `cum_share` (the running total of `share`)."""
# prompt = """
# My `event_counts` are Poisson-like integers. I need a frequency table `freq` that lists every \
# value from 0 up to the maximum, even the ones that never occur (n = 0), with the count `n`, \
# the `share` of all observations and the cumulative share `cum_share`."""
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'list(freq.index) == list(range(int(np.max(event_counts)) + 1))',
#     'list(freq["n"]) == list(np.bincount(np.asarray(event_counts, dtype=int)))',
#     'np.allclose(freq["share"].to_numpy(dtype=float), np.bincount(np.asarray(event_counts, dtype=int)) / len(event_counts)) and np.allclose(freq["cum_share"].to_numpy(dtype=float), np.cumsum(np.bincount(np.asarray(event_counts, dtype=int))) / len(event_counts))',
# ]
# difficulty = 'basic'
# tags = ['counting', 'index-alignment']
# edge_cases = true
# ///
import pandas as pd

counts = pd.Series(event_counts).value_counts()
# reindexing over the full range adds the values that never occur, with 0
n = counts.reindex(range(int(counts.index.max()) + 1), fill_value=0)
freq = pd.DataFrame({"n": n, "share": n / n.sum()})
freq["cum_share"] = freq["share"].cumsum()
