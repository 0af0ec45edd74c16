# /// example
# task = """
# Compute the Spearman rank correlation matrix of `measurements` (`corr_matrix`) and the \
# covariance matrix (`cov_matrix`), then find the pair of distinct columns with the strongest \
# absolute correlation as a tuple `strongest_pair` (look only above the diagonal); \
# `strongest_pair` is `None` when no pair has a correlation (a constant column has none)."""
# prompt = """
# For my numeric DataFrame `measurements`, compute the Spearman rank correlation matrix \
# `corr_matrix` and the covariance matrix `cov_matrix` (pandas' default sample covariance). Then \
# find the pair of distinct columns with the strongest absolute correlation, looking only above \
# the diagonal, as a tuple `strongest_pair`, or `None` when no pair has a correlation at all (a \
# constant column has none)."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.allclose(np.diag(corr_matrix)[measurements.nunique().to_numpy() > 1], 1)',
#     'np.allclose(np.diag(cov_matrix), measurements.var(), equal_nan=True)',
#     'strongest_pair is None or strongest_pair[0] != strongest_pair[1]',
#     '(strongest_pair is None) == corr_matrix.where(~np.eye(len(corr_matrix), dtype=bool)).isna().all().all()',
#     'strongest_pair is None or np.isclose(abs(corr_matrix.loc[strongest_pair]), corr_matrix.abs().where(~np.eye(len(corr_matrix), dtype=bool)).max().max())',
#     # Spearman's correlation is Pearson's correlation of the ranks
#     'np.allclose(corr_matrix, measurements.rank().corr(), equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['correlation']
# edge_cases = true
# ///
import numpy as np

corr_matrix = measurements.corr(method="spearman")
cov_matrix = measurements.cov()
upper = corr_matrix.where(np.triu(np.ones(corr_matrix.shape, dtype=bool), k=1))
# a constant column correlates with nothing (NaN); drop those pairs before idxmax
pair_strength = upper.abs().stack().dropna()
strongest_pair = pair_strength.idxmax() if not pair_strength.empty else None
