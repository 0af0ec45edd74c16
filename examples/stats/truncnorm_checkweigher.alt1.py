import numpy as np
import scipy.stats as st

mean, sd = 500, 4
limits = np.array([492, 510])
filler = st.norm(loc=mean, scale=sd)
acceptance_rate = np.diff(filler.cdf(limits))[0]

z_low, z_high = (limits - mean) / sd
accepted = st.truncnorm(z_low, z_high, loc=mean, scale=sd)
mean_weight = accepted.expect()
p_over_505 = 1 - accepted.cdf(505)
rng = np.random.default_rng(42)
sample = accepted.rvs(1000, random_state=rng)
