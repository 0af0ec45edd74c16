import numpy as np
from joblib import Parallel, delayed


def bootstrap_mean(seed):
    rng = np.random.default_rng(seed)
    # resample by drawing indices with replacement
    idx = rng.integers(0, len(values), size=len(values))
    return values[idx].mean()


results = Parallel(n_jobs=-1)(delayed(bootstrap_mean)(seed) for seed in range(1000))
boot_means = np.asarray(results)
ci_low, ci_high = np.percentile(boot_means, [2.5, 97.5])
