import numpy as np
import scipy.stats as st

readings = np.asarray(values, dtype=float)
mu_hat = readings.mean()
sigma_hat = readings.std(ddof=1)
X = st.Normal(mu=mu_hat, sigma=sigma_hat)
p_between = X.cdf(60.0) - X.cdf(40.0)
upper = X.icdf(0.975)
Y = X * 1.8 + 32.0
