import numpy as np

a = np.poly([-1, -2])
# put every term over the common denominator: 2 (s + 2) - (s + 1) + (s + 1)(s + 2)
b = np.polyadd(np.polyadd(2 * np.poly([-2]), -1 * np.poly([-1])), a)
