import numpy as np

x = np.asarray(skewed, dtype=float)
n = x.size
dev = x - x.mean()
m2, m3, m4 = (np.mean(dev**k) for k in (2, 3, 4))

# a spread at the level of floating-point rounding of the mean is no spread at all
if m2 <= (np.finfo(float).eps * x.mean()) ** 2:
    skewness = excess_kurtosis = np.nan
else:
    g1 = m3 / m2**1.5
    g2 = m4 / m2**2 - 3.0
    # adjusted Fisher-Pearson G1 and the G2 excess kurtosis estimator
    skewness = np.sqrt(n * (n - 1)) / (n - 2) * g1
    excess_kurtosis = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6.0)
