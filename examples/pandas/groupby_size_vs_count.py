# /// example
# task = """
# `trial_missing` has NaN in some `response` values. Build `completeness`, one row per `site`, \
# with `n_rows` (all rows, `size`), `n_measured` (non-missing responses, `count`) and \
# `missing_fraction` (share of rows without a response)."""
# prompt = """
# Some `response` values in `trial_missing` are NaN. Build `completeness` with one row per \
# `site`: `n_rows` (all rows), `n_measured` (non-missing responses) and `missing_fraction` (share \
# of rows without a response)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     'completeness["n_rows"].sum() == len(trial_missing)',
#     'completeness["n_measured"].sum() == trial_missing["response"].notna().sum()',
#     'np.isclose((completeness["missing_fraction"] * completeness["n_rows"]).sum(), trial_missing["response"].isna().sum())',
#     'completeness["missing_fraction"].between(0, 1).all()',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'missing-data']
# [edge_cases]
# nan = true
# why = 'trial_missing has missing values, so the generated frames carry them too'
# ///
import pandas as pd

by_site = trial_missing.groupby("site", observed=True)["response"]
# size counts every row of a site, count only the rows with a non-missing response
completeness = pd.DataFrame({"n_rows": by_site.size(), "n_measured": by_site.count()})
completeness["missing_fraction"] = 1 - completeness["n_measured"] / completeness["n_rows"]
