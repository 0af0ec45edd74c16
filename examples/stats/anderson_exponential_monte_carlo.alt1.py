import numpy as np
import scipy.stats as st

waits = np.asarray(skewed, dtype=float)
generator = np.random.default_rng(seed=20240601)
result = st.anderson(waits, "expon", method=st.MonteCarloMethod(n_resamples=999, rng=generator))
