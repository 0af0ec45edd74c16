# /// example
# task = """
# Compute Spearman rank correlations between all columns of the DataFrame `measurements` in one \
# call; store the coefficients in the labelled DataFrame `rho` and the p-values in the labelled \
# DataFrame `pvalues`."""
# prompt = """
# I want Spearman rank correlations between all columns of my DataFrame `measurements` in one \
# call. Store the coefficients in a DataFrame `rho` and the p-values in a DataFrame `pvalues`, \
# both labelled with the column names on rows and columns."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     "np.allclose(rho, measurements.corr(method='spearman'))",
#     'list(pvalues.columns) == list(measurements.columns) and list(pvalues.index) == list(measurements.columns)',
#     'np.allclose(pvalues, pvalues.T) and ((pvalues >= 0) & (pvalues <= 1)).all().all()',
# ]
# difficulty = 'intermediate'
# tags = ['correlation', 'ranking', 'column-wise']
# [edge_cases]
# min_size = 3
# constant = false
# why = 'a rank correlation and its p-value need at least three rows and columns that vary'
# ///
import pandas as pd
from scipy import stats

# a 2-D input is read as one variable per column; with more than two columns spearmanr
# returns full matrices of rho and p-values
result = stats.spearmanr(measurements)
labels = measurements.columns
rho = pd.DataFrame(result.statistic, index=labels, columns=labels)
pvalues = pd.DataFrame(result.pvalue, index=labels, columns=labels)
