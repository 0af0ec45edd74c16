import numpy as np
import scipy.stats as st

n = values.size
standard_error = values.std(ddof=1) / np.sqrt(n)
half_width = st.t.ppf(1 - 0.05 / 2, n - 1) * standard_error
low = values.mean() - half_width
high = values.mean() + half_width
