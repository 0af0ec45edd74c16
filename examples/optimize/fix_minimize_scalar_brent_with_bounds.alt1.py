import numpy as np
from scipy.optimize import minimize_scalar


def negative_revenue(price):
    return -price * 1000 * np.exp(-price / 12)


# with bounds given and no method, minimize_scalar picks the bounded method
best_price = minimize_scalar(negative_revenue, bounds=(1, 50), options={"xatol": 1e-8}).x
