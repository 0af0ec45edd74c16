# /// example
# task = """
# A legacy routine wants a NumPy structured array with one field per column. Build the \
# `samples` table below and convert it into `records`, a structured array with fields `id` \
# (integer) and `mass` (float) in that order, without the index.
#
# ```text
#    id   mass
# 0   1  0.512
# 1   2  1.730
# 2   3  0.048
# ```
#
# Wanted `records`:
#
# ```text
# [(1, 0.512) (2, 1.73 ) (3, 0.048)]
# dtype: [('id', '<i8'), ('mass', '<f8')]
# ```"""
# prompt = """
# An old analysis function of ours only takes NumPy record arrays. How do I turn my `samples` \
# DataFrame
#
# ```text
#    id   mass
# 0   1  0.512
# 1   2  1.730
# 2   3  0.048
# ```
#
# into `records`, a structured array with the fields `id` and `mass` (no index field)?
#
# ```text
# [(1, 0.512) (2, 1.73 ) (3, 0.048)]
# dtype: [('id', '<i8'), ('mass', '<f8')]
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'isinstance(records, np.ndarray) and records.dtype.names == ("id", "mass")',
#     'records["id"].tolist() == [1, 2, 3] and records.dtype["id"].kind == "i"',
#     'np.allclose(records["mass"], [0.512, 1.73, 0.048])',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'data-types']
# ///
import pandas as pd

samples = pd.DataFrame({"id": [1, 2, 3], "mass": [0.512, 1.730, 0.048]})
# index=False leaves the row labels out, so only the columns become fields
records = samples.to_records(index=False)
