import numpy as np
from scipy.optimize import isotonic_regression

charge = np.array([100, 97, 98, 95, 96, 90, 91, 88], dtype=float)
# a non-increasing fit of y is minus the non-decreasing fit of -y
monotone_charge = -isotonic_regression(-charge).x
