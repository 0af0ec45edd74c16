import numpy as np
from scipy import optimize

(slope, intercept), pcov = optimize.curve_fit(lambda t, m, c: m * t + c, x, y)
perr = np.sqrt(np.diag(pcov))
