# /// example
# task = """
# `rm_long` holds repeated-measures scores (columns `subject`, `condition`, `time`, `score`). \
# This code should index the table by subject and time (kept in time order for plotting) in \
# `scores`, and select the `score` of the subjects "s01" to "s05" (a label range, all conditions \
# and times) into `early`, but the selection raises an error:
#
# ```python
# import pandas as pd
#
# scores = rm_long.set_index(["subject", "time"]).sort_index(level="time")
# early = scores.loc[pd.IndexSlice["s01":"s05", :], "score"]
# ```
#
# ```text
# UnsortedIndexError: 'MultiIndex slicing requires the index to be lexsorted: slicing on levels [0], lexsort depth 0'
# ```
#
# Fix it."""
# prompt = """
# I index my long table `rm_long` by subject and time (`scores`, sorted by time because I plot \
# it), then want the `score` of subjects "s01" through "s05" as `early`:
#
# ```python
# import pandas as pd
#
# scores = rm_long.set_index(["subject", "time"]).sort_index(level="time")
# early = scores.loc[pd.IndexSlice["s01":"s05", :], "score"]
# ```
#
# and I get
#
# ```text
# UnsortedIndexError: 'MultiIndex slicing requires the index to be lexsorted: slicing on levels [0], lexsort depth 0'
# ```
#
# How do I slice a range of subjects?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'isinstance(scores.index, pd.MultiIndex) and list(scores.index.names) == ["subject", "time"]',
#     'len(scores) == len(rm_long)',
#     'len(early) == rm_long["subject"].between("s01", "s05").sum()',
#     'np.allclose(np.sort(early.to_numpy(dtype=float)), np.sort(rm_long.loc[rm_long["subject"].between("s01", "s05"), "score"].to_numpy(dtype=float)), equal_nan=True)',
#     'set(early.index.get_level_values("subject")) == set(rm_long.loc[rm_long["subject"].between("s01", "s05"), "subject"])',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'hierarchical-index', 'indexing', 'sorting']
# edge_cases = true
# ///
import pandas as pd

scores = rm_long.set_index(["subject", "time"]).sort_index(level="time")
# label slices on a MultiIndex level need the index sorted from the outer level in: sort a copy
early = scores.sort_index().loc[pd.IndexSlice["s01":"s05", :], "score"]
