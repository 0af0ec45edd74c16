import joblib
import numpy as np
import scipy.stats

# Generator.spawn gives 4 independent child generators, one per batch
batch_rngs = np.random.default_rng(0).spawn(4)


def batch_p_values(rng, size=250, n=20, shift=0.8):
    a = rng.standard_normal((size, n))
    b = rng.standard_normal((size, n)) + shift
    return scipy.stats.ttest_ind(a, b, axis=-1).pvalue


with joblib.parallel_config(backend="threading", n_jobs=2):
    p_values = np.hstack(
        joblib.Parallel()(joblib.delayed(batch_p_values)(rng) for rng in batch_rngs)
    )
power = (p_values < 0.05).mean()
