import numpy as np
from scipy.spatial.distance import cdist
from scipy.stats import chi2, multivariate_normal

mean = np.mean(matrix, axis=0)
cov = np.cov(matrix.T)
log_density = multivariate_normal.logpdf(matrix, mean=mean, cov=cov)
# cdist's Mahalanobis metric takes the inverse covariance; square it for the chi-square test
mahalanobis_sq = (
    cdist(matrix, mean[None, :], metric="mahalanobis", VI=np.linalg.inv(cov))[:, 0] ** 2
)
threshold = chi2.ppf(0.975, df=matrix.shape[1])
outliers = np.where(mahalanobis_sq > threshold)[0]
