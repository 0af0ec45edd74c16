# /// example
# task = """
# Shrink `trial` in memory into `compact`: keep its categorical `site` and `treatment`, store \
# `dose` and `response` as `float32` (`astype`) and downcast `age` to the smallest integer type \
# that holds it (`pd.to_numeric(downcast="integer")`); compare the deep memory use \
# (`memory_usage(deep=True).sum()`) of `compact` with a copy `as_strings` whose labels are plain \
# strings, storing the totals in `bytes_compact` and `bytes_strings`."""
# prompt = """
# I want to shrink `trial` in memory into `compact`: keep `site` and `treatment` categorical, \
# store `dose` and `response` as float32, and downcast `age` to the smallest integer type that \
# holds it. Then compare the deep memory use (memory_usage(deep=True) summed) of `compact` with a \
# copy `as_strings` whose labels are plain strings, storing the totals in `bytes_compact` and \
# `bytes_strings`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'compact["dose"].dtype == np.float32 and compact["response"].dtype == np.float32',
#     'compact["age"].dtype.kind == "i" and compact["age"].dtype.itemsize < trial["age"].dtype.itemsize and (compact["age"] == trial["age"]).all()',
#     'bytes_compact == compact.memory_usage(deep=True).sum()',
#     'len(trial) < 50 or bytes_compact < bytes_strings',
#     'np.allclose(compact["response"], trial["response"], rtol=1e-6, equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['data-types', 'categorical']
# edge_cases = true
# ///
import pandas as pd

as_strings = trial.astype({"site": str, "treatment": str})
# float32 keeps about 7 significant digits at any magnitude, whereas to_numeric(downcast="float")
# keeps float64 as soon as the cast moves any value by more than 5e-4 (large values usually do)
compact = trial.astype({"dose": "float32", "response": "float32"})
compact["age"] = pd.to_numeric(trial["age"], downcast="integer")
bytes_strings = int(as_strings.memory_usage(deep=True).sum())
bytes_compact = int(compact.memory_usage(deep=True).sum())
