import numpy as np

# broadcasting builds all pairwise differences at once: shape (n, n, n_features)
diff = X[:, np.newaxis, :] - X[np.newaxis, :, :]
dist = np.sqrt((diff**2).sum(axis=-1))
