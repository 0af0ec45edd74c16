# /// example
# task = """
# Cross-tabulate `site` against `treatment` in the DataFrame `trial` into `counts` (pandas), test \
# their independence with `chi2_contingency` into `result`, and measure the strength of \
# association with Cramer's V in `cramers_v`."""
# prompt = """
# Using pandas, cross-tabulate `site` against `treatment` in my DataFrame `trial` into `counts`, \
# test independence with a chi-square contingency test into `result`, and measure the strength of \
# association with Cramer's V in `cramers_v` (computed from the plain chi-square statistic, \
# without Yates' continuity correction)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "counts.to_numpy().sum() == len(trial[['site', 'treatment']].dropna())",
#     '0 <= result.pvalue <= 1',
#     '0 <= cramers_v <= 1',
#     'np.isclose(cramers_v, np.sqrt(scipy.stats.chi2_contingency(counts, correction=False).statistic / (counts.to_numpy().sum() * (min(counts.shape) - 1))))',
# ]
# difficulty = 'intermediate'
# tags = ['contingency-table', 'effect-size', 'column-wise']
# [edge_cases]
# min_size = 3
# one_level = false
# why = "Cramer's V divides by min(rows, columns) - 1: both factors need two or more observed levels (three rows or more, so that each of the three sites the strategy keeps occurs)"
# ///
import pandas as pd
from scipy import stats

counts = pd.crosstab(trial["site"], trial["treatment"])
result = stats.chi2_contingency(counts)
# association uses the uncorrected chi-square, whereas chi2_contingency applies Yates'
# correction by default on 2 x 2 tables
cramers_v = stats.contingency.association(counts, method="cramer")
