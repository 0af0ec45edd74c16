import numpy as np

X = np.array([[1.0, 2.0], [2.0, 3.0], [3.0, 3.0], [4.0, 5.0], [5.0, 7.0]])
# PCA by hand: eigen-decomposition of the sample covariance matrix
eigenvalues, eigenvectors = np.linalg.eigh(np.cov(X, rowvar=False))
order = np.argsort(eigenvalues)[::-1]
component_variance = eigenvalues[order]
variance_ratio = component_variance / component_variance.sum()
first_axis = eigenvectors[:, order[0]]
first_axis = first_axis if first_axis[0] > 0 else -first_axis
