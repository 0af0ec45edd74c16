# /// example
# task = """
# Shrink the long table `rm_long` (columns `subject`, `condition`, `time`, `score`) in memory: \
# convert `subject` to `category`, `time` to `int8` and `score` to `float32` with one `astype` \
# call given a dict, into `compact`. Store the deep memory use of both tables in bytes in \
# `bytes_before` and `bytes_after` (`DataFrame.memory_usage(deep=True)` summed)."""
# prompt = """
# `rm_long` (`subject`, `condition`, `time`, `score`) will grow to millions of rows, so I'd like \
# a leaner version `compact`: `subject` as a category, `time` as `int8`, `score` as `float32`, \
# in a single `astype` with a dict. Also tell me the deep memory footprint in bytes before and \
# after as `bytes_before` and `bytes_after`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'isinstance(compact["subject"].dtype, pd.CategoricalDtype) and compact["time"].dtype == np.int8 and compact["score"].dtype == np.float32',
#     'compact["subject"].astype(str).tolist() == rm_long["subject"].astype(str).tolist() and compact["time"].tolist() == rm_long["time"].tolist()',
#     'np.allclose(compact["score"].to_numpy(dtype=float), rm_long["score"].to_numpy(dtype=float), rtol=1e-6, equal_nan=True)',
#     'bytes_before == int(rm_long.memory_usage(deep=True).sum()) and bytes_after == int(compact.memory_usage(deep=True).sum())',
# ]
# difficulty = 'basic'
# tags = ['data-types', 'categorical']
# edge_cases = true
# ///
dtypes = {"subject": "category", "time": "int8", "score": "float32"}
compact = rm_long.astype(dtypes)
# deep=True counts the Python string objects too, not just the pointers to them
bytes_before = int(rm_long.memory_usage(deep=True).sum())
bytes_after = int(compact.memory_usage(deep=True).sum())
