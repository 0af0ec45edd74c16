import numpy as np
import scipy.stats as st

times = np.asarray(skewed)
result = st.quantile_test(times, q=10.0, p=0.90, alternative="greater")
ci = result.confidence_interval(0.95)
lower_bound = ci.low
