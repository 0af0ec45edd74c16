from functools import partial

from scipy.optimize import fsolve


def balance(x, k, c):
    return x**2 + k * x - c


# bind the constants so fsolve sees a function of x alone
root_value = float(fsolve(partial(balance, k=0.5, c=2.0), 1.0)[0])
