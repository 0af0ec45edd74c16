import matplotlib.pyplot as plt
import numpy as np
import scipy.stats as st


def mean_change(pre, post, axis=-1):
    return np.mean(post - pre, axis=axis)


rng = np.random.default_rng(12345)
# paired=True resamples the subject indices, so each before/after pair stays together
result = st.bootstrap(
    (before, after),
    mean_change,
    paired=True,
    vectorized=True,
    n_resamples=2000,
    confidence_level=0.95,
    method="percentile",
    random_state=rng,
)
ci = result.confidence_interval

fig, ax = plt.subplots()
# 40 bins between explicit edges: bins=40 fails when the replicates span only a few
# floating-point steps (every subject changed by the same amount)
boot = result.bootstrap_distribution
ax.hist(boot, bins=np.linspace(boot.min(), boot.max(), 41), color="steelblue")
for end in ci:
    ax.axvline(end, color="k", linestyle="--")
ax.set_xlabel("mean change (after - before)")
ax.set_ylabel("bootstrap replicates")
ax.set_title("Bootstrap distribution of the mean paired change")
