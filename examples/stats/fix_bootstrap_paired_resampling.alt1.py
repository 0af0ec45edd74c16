import numpy as np
import scipy.stats as st

change = np.asarray(after) - np.asarray(before)
ci = st.bootstrap(
    (change,), np.mean, n_resamples=2000, method="percentile", random_state=np.random.default_rng(0)
).confidence_interval
