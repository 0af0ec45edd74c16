import numpy as np
import scipy.stats as st

enrolled = st.truncate(st.Normal(mu=45.0, sigma=12.0), 18.0, 65.0)
mean_age = enrolled.mean()
p_over_60 = 1.0 - enrolled.cdf(60.0)
generator = np.random.default_rng(7)
ages = enrolled.sample(shape=(500,), rng=generator)
