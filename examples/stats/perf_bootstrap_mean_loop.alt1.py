import numpy as np

rng = np.random.default_rng(0)
data = np.asarray(sample, dtype=float)
# one (2000, n) matrix of resampled indices replaces the loop
indices = rng.integers(0, len(data), size=(2000, len(data)))
boot_means = data[indices].mean(axis=1)
se = boot_means.std(ddof=1)
ci = tuple(np.percentile(boot_means, [2.5, 97.5]))
