# /// example
# task = """
# Estimate the covariance of the columns of `matrix` with Ledoit-Wolf shrinkage. Store the \
# shrunk covariance matrix in `cov_lw`, the shrinkage intensity in `shrinkage` and the plain \
# maximum-likelihood covariance (dividing by n) in `cov_emp`."""
# prompt = """
# My sample covariance of `matrix` is noisy, so I want the Ledoit-Wolf shrunk estimate. Please \
# give me the shrunk matrix as `cov_lw`, the chosen shrinkage coefficient as `shrinkage` and, for \
# comparison, the empirical covariance that divides by n (not n - 1) as `cov_emp`."""
# domain = 'statistics'
# libraries = ['scikit-learn', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'np.allclose(cov_emp, np.cov(matrix, rowvar=False, ddof=0))',
#     '0 <= shrinkage <= 1 and np.isclose(shrinkage, sklearn.covariance.ledoit_wolf_shrinkage(matrix))',
#     # shrinkage pulls the covariance towards a scaled identity with the same mean variance
#     'np.allclose(cov_lw, (1 - shrinkage) * cov_emp + shrinkage * np.trace(cov_emp) / matrix.shape[1] * np.eye(matrix.shape[1]))',
# ]
# difficulty = 'intermediate'
# tags = ['correlation', 'regularization', 'descriptive-statistics']
# edge_cases = { min_size = 2, why = "a covariance estimate needs at least two observations" }
# ///
from sklearn.covariance import EmpiricalCovariance, LedoitWolf

# the shrinkage intensity is estimated from the data itself, so there is nothing to tune
lw = LedoitWolf().fit(matrix)
cov_lw = lw.covariance_
shrinkage = lw.shrinkage_
# the maximum-likelihood estimate divides by n, unlike np.cov's default of n - 1
cov_emp = EmpiricalCovariance().fit(matrix).covariance_
