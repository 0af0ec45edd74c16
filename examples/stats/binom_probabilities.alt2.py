import numpy as np
import scipy.stats as st

dist = st.binom(n=20, p=0.3)
k = np.arange(0, 21)
pmf = dist.pmf(k)
p_at_least_8 = pmf[k >= 8].sum()
p_exactly_6 = pmf[6]
