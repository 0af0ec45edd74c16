import numpy as np
import scipy.integrate as si

samples = np.asarray(y, dtype=float)
# initial=0 prepends the integral up to x[0], so the output matches the samples one-to-one
cumulative = si.cumulative_simpson(samples, x=np.asarray(x, dtype=float), initial=0)
