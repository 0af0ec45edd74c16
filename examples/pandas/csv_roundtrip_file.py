# /// example
# task = """
# Write `trial` to `trial.csv` in the working directory without the index, then read it back into \
# `reloaded` with `pd.read_csv`, restoring `site` and `treatment` as categoricals through \
# `dtype=`."""
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
# tags = ['io', 'csv', 'categorical']
# edge_cases = true
# ///
import pandas as pd

trial.to_csv("trial.csv", index=False)
reloaded = pd.read_csv("trial.csv", dtype={"site": "category", "treatment": "category"})
