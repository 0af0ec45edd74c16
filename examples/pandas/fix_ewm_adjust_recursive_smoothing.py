# /// example
# task = """
# `smoothed_b` should be the recursive exponential smoothing of `sensor_b` in `sensor`: \
# s[0] = x[0] and s[t] = 0.3 * x[t] + 0.7 * s[t - 1]. This code runs, but its first values \
# differ from the recursion (they agree only later in the series):
#
# ```python
# smoothed_b = sensor["sensor_b"].ewm(alpha=0.3).mean()
# ```
#
# Fix it."""
# prompt = """
# I'm reproducing a spreadsheet that smooths `sensor_b` of my `sensor` frame with \
# s[0] = x[0], s[t] = 0.3 x[t] + 0.7 s[t-1], into `smoothed_b`. Pandas' version
#
# ```python
# smoothed_b = sensor["sensor_b"].ewm(alpha=0.3).mean()
# ```
#
# doesn't match the spreadsheet at the start of the series. Why, and how do I get the recursion?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(smoothed_b) == len(sensor)',
#     '(lambda x: np.allclose(np.asarray(smoothed_b, dtype=float), __import__("functools").reduce(lambda acc, value: acc + [0.3 * value + 0.7 * acc[-1]], x[1:], [x[0]]) if len(x) else []))(list(sensor["sensor_b"].to_numpy(dtype=float)))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'smoothing', 'rolling-window']
# edge_cases = true
# ///
# adjust=True (the default) reweights the early values as a finite weighted average;
# adjust=False runs the plain recursion s[t] = alpha * x[t] + (1 - alpha) * s[t - 1]
smoothed_b = sensor["sensor_b"].ewm(alpha=0.3, adjust=False).mean()
