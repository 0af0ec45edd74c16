# /// example
# task = """
# Model the rows of the 2-D array `matrix` as multivariate normal with the sample mean and \
# covariance: store each row's log-density in `log_density`, its squared Mahalanobis distance in \
# `mahalanobis_sq`, and the indices of rows beyond the 97.5% chi-square quantile (d = number of \
# columns degrees of freedom) in `outliers`."""
# prompt = """
# Treat the rows of the 2-D array `matrix` as draws from a multivariate normal with the sample \
# mean and sample covariance (n - 1 denominator). Store each row's log-density in `log_density`, \
# its squared Mahalanobis distance in `mahalanobis_sq`, and the indices of the rows whose \
# distance exceeds the 97.5% chi-square quantile with as many degrees of freedom as columns in \
# `outliers`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'log_density.shape == mahalanobis_sq.shape == (matrix.shape[0],)',
#     'np.allclose(log_density, -0.5 * (mahalanobis_sq + matrix.shape[1] * np.log(2 * np.pi) + np.linalg.slogdet(np.cov(matrix, rowvar=False))[1]))',
#     'np.array_equal(outliers, np.flatnonzero(mahalanobis_sq > scipy.stats.chi2.ppf(0.975, matrix.shape[1])))',
#     'np.isclose(mahalanobis_sq.mean(), matrix.shape[1] * (matrix.shape[0] - 1) / matrix.shape[0])',
# ]
# difficulty = 'advanced'
# tags = ['probability-distributions', 'outliers']
# [edge_cases]
# min_size = 5
# raises = 'LinAlgError'
# why = 'a covariance of 4 columns is invertible only from 5 rows; repeated or collinear rows still make it singular, and then multivariate_normal raises LinAlgError'
# ///
import numpy as np
from scipy import stats

mean = matrix.mean(axis=0)
cov = np.cov(matrix, rowvar=False)
mvn = stats.multivariate_normal(mean=mean, cov=cov)
log_density = mvn.logpdf(matrix)

centred = matrix - mean
mahalanobis_sq = np.einsum("ij,jk,ik->i", centred, np.linalg.inv(cov), centred)
# under normality the squared distances follow chi2 with d degrees of freedom
outliers = np.flatnonzero(mahalanobis_sq > stats.chi2.ppf(0.975, df=matrix.shape[1]))
