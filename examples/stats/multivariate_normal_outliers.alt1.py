import numpy as np
from scipy import stats

X = np.asarray(matrix, dtype=float)
centre = X.mean(axis=0)
cov = np.cov(X, rowvar=False)
model = stats.multivariate_normal(mean=centre, cov=cov)
log_density = model.logpdf(X)

# squared Mahalanobis distance: d_i = (x_i - m)^T S^-1 (x_i - m), via a linear solve
diff = X - centre
mahalanobis_sq = np.einsum("ij,ij->i", diff, np.linalg.solve(cov, diff.T).T)
cutoff = stats.chi2(df=X.shape[1]).ppf(0.975)
outliers = np.flatnonzero(mahalanobis_sq > cutoff)
