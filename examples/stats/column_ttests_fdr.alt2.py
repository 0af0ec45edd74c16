import numpy as np
import scipy.stats as st

result = st.ttest_1samp(matrix, 0, axis=0)
p = np.asarray(result.pvalue, dtype=float)
if np.isnan(p).any():
    raise ValueError("a column has an undefined t-test p-value")

# Benjamini-Hochberg step-up by hand: p_(i) * m / i, made monotone from the largest rank down
m = p.size
order = np.argsort(p)
scaled = p[order] * m / np.arange(1, m + 1)
monotone = np.minimum.accumulate(scaled[::-1])[::-1]
adjusted = np.empty(m)
adjusted[order] = np.minimum(monotone, 1.0)
significant = adjusted < 0.05
