import numpy as np
import scipy.optimize

doses, inverse, counts = np.unique(df["dose"].to_numpy(), return_inverse=True, return_counts=True)
sums = np.bincount(inverse.ravel(), weights=df["response"].to_numpy())
means = sums / counts
fitted = scipy.optimize.isotonic_regression(means, weights=counts.astype(float)).x
