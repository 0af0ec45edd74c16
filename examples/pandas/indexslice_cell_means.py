# /// example
# task = """
# Compute the mean `dose` and `response` of `trial` per (`site`, `treatment`) into `cell_means` \
# (a sorted two-level row index), then select the `drug` rows of all sites with `.loc` and \
# `pd.IndexSlice` into `drug_means`."""
# prompt = """
# Compute the mean `dose` and `response` of `trial` for each (`site`, `treatment`) pair into \
# `cell_means` with a sorted two-level row index, then select the "drug" rows of all sites using \
# .loc with an IndexSlice into `drug_means`, keeping both index levels."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(drug_means) == trial.loc[trial["treatment"] == "drug", "site"].nunique()',
#     '(drug_means.index.get_level_values("treatment") == "drug").all()',
#     'np.allclose(drug_means["response"].to_numpy(), [trial.loc[(trial["site"] == s) & (trial["treatment"] == "drug"), "response"].mean() for s in drug_means.index.get_level_values("site")])',
# ]
# difficulty = 'advanced'
# tags = ['hierarchical-index', 'indexing']
# [edge_cases]
# min_size = 2
# one_level = false
# why = 'the task selects the drug arm by label, so `treatment` must hold both arms'
# ///
import pandas as pd

cell_means = (
    trial.groupby(["site", "treatment"], observed=True)[["dose", "response"]].mean().sort_index()
)
idx = pd.IndexSlice
drug_means = cell_means.loc[idx[:, "drug"], :]
