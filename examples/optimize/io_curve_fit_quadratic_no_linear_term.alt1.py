import numpy as np
from scipy import optimize

x = np.arange(5.0)
y = np.array([1.0, 3.1, 8.9, 19.2, 32.8])

# curve_fit fits the arguments after the first; with no linear term the model is a t^2 + b
(a, b), pcov = optimize.curve_fit(lambda t, a, b: a * t**2 + b, x, y, p0=(1.0, 0.0))
