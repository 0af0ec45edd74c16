import concurrent.futures

import numpy as np
import scipy.integrate

s_values = np.linspace(0.5, 4, 40)

# workers= accepts any map-like callable; a thread pool shares the integrand without pickling
with concurrent.futures.ThreadPoolExecutor() as pool:
    result = scipy.integrate.quad_vec(
        lambda t: t * np.sin(t) * np.exp(-s_values * t), 0, np.inf, workers=pool.map
    )
laplace = result[0]
