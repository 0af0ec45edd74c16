import numpy as np
from scipy import optimize


def growth_curve(t, plateau, rate, midpoint):
    return plateau / (1 + np.exp(-rate * (t - midpoint)))


# name the guesses and bounds once, in the order of the model's arguments
guess = {"plateau": y.max(), "rate": 1.0, "midpoint": np.median(x)}
bounds = ([0.0, 0.0, x.min()], [np.inf, 4.0, x.max()])
fitted = optimize.curve_fit(growth_curve, x, y, p0=list(guess.values()), bounds=bounds)[0]
