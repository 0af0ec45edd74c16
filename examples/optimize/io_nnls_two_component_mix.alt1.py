import numpy as np
from scipy.optimize import lsq_linear

components = np.array([[1.0, 0.2], [0.8, 1.0], [0.1, 0.9], [0.5, 0.0]])
mixture = np.array([0.6, 0.3, -0.1, 0.4])
# bounds=(0, inf) turns bounded least squares into non-negative least squares
fit = lsq_linear(components, mixture, bounds=(0, np.inf))
amounts = fit.x.round(4)
residual_norm = round(float(np.linalg.norm(components @ fit.x - mixture)), 4)
