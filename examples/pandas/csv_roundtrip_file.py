# /// example
# task = """
# Write `trial` to `trial.csv` in the working directory without the index, then read it back into \
# `reloaded` with `pd.read_csv`, restoring `site` and `treatment` as categoricals through \
# `dtype=`."""
# prompt = """
# Write `trial` to "trial.csv" in the working directory without the index, then read it back into \
# `reloaded`, getting `site` and `treatment` back as categorical columns directly while reading \
# (through the dtype argument of read_csv)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'reloaded.shape == trial.shape',
#     'isinstance(reloaded["site"].dtype, pd.CategoricalDtype)',
#     # the index is not written, so the reloaded frame has a fresh RangeIndex: compare values
#     'np.allclose(reloaded["response"].to_numpy(), trial["response"].to_numpy(), equal_nan=True)',
#     'reloaded["site"].astype(str).tolist() == trial["site"].astype(str).tolist()',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'categorical']
# edge_cases = true
# ///
import pandas as pd

trial.to_csv("trial.csv", index=False)
reloaded = pd.read_csv("trial.csv", dtype={"site": "category", "treatment": "category"})
