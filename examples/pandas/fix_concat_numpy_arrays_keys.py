# /// example
# task = """
# `long_values` should be one long Series holding the samples `groups.a`, `groups.b` and \
# `groups.c` (NumPy arrays) one after another, with an outer index level naming the group \
# ("a", "b", "c"). This code raises an error:
#
# ```python
# import pandas as pd
#
# long_values = pd.concat([a, b, c], keys=["a", "b", "c"])
# ```
#
# ```text
# TypeError: cannot concatenate object of type '<class 'numpy.ndarray'>'; only Series and DataFrame objs are valid
# ```
#
# Fix it."""
# prompt = """
# I'm stacking three samples `a`, `b`, `c` (NumPy arrays) into one Series `long_values` with the \
# group name ("a", "b", "c") as the outer index level:
#
# ```python
# import pandas as pd
#
# long_values = pd.concat([a, b, c], keys=["a", "b", "c"])
# ```
#
# ```text
# TypeError: cannot concatenate object of type '<class 'numpy.ndarray'>'; only Series and DataFrame objs are valid
# ```
#
# What should I pass instead?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'isinstance(long_values, pd.Series) and np.allclose(long_values.to_numpy(dtype=float), np.concatenate([a, b, c]))',
#     'list(long_values.index.get_level_values(0)) == ["a"] * len(a) + ["b"] * len(b) + ["c"] * len(c)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'merging', 'hierarchical-index']
# edge_cases = true
# ///
import pandas as pd

# concat joins pandas objects only: wrap each array in a Series first
long_values = pd.concat([pd.Series(a), pd.Series(b), pd.Series(c)], keys=["a", "b", "c"])
