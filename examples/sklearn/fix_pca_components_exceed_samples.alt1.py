import numpy as np
from sklearn import decomposition

full = decomposition.PCA().fit(absorbance)
n_keep = int(np.searchsorted(np.cumsum(full.explained_variance_ratio_), 0.99)) + 1
pca = decomposition.PCA(n_components=min(n_keep, full.n_components_))
scores = pca.fit_transform(absorbance)
