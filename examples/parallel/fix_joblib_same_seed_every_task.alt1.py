import joblib
import numpy as np

streams = [np.random.default_rng(child) for child in np.random.SeedSequence(0).spawn(200)]


def one_replicate(rng):
    return np.median(rng.choice(skewed, size=skewed.size))


# one generator object per task: no two tasks ever share (or copy) the same stream
with joblib.parallel_config(backend="threading", n_jobs=2):
    boot_medians = np.asarray(
        joblib.Parallel()(joblib.delayed(one_replicate)(rng) for rng in streams)
    )
standard_error = np.std(boot_medians, ddof=1)
