import numpy as np
from joblib import Parallel, delayed


def bootstrap_mean(seed):
    """Mean of one resample of `values`, drawn with replacement."""
    resample = np.random.default_rng(seed).choice(values, size=values.size, replace=True)
    return float(np.mean(resample))


# threads suffice here: NumPy releases the GIL and no data has to be pickled
runner = Parallel(n_jobs=-1, prefer="threads")
boot_means = np.array(runner(delayed(bootstrap_mean)(seed) for seed in range(1000)))
ci_low = np.percentile(boot_means, 2.5)
ci_high = np.percentile(boot_means, 97.5)
