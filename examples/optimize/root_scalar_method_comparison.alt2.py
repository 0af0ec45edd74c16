import numpy as np
import scipy.optimize as so


def f(x):
    return np.cos(x) - x


methods = ["bisect", "brentq", "ridder", "toms748"]
solutions = {m: so.root_scalar(f, bracket=[0, 1], method=m, xtol=1e-12) for m in methods}
roots = {m: sol.root for m, sol in solutions.items()}
iterations = {m: sol.iterations for m, sol in solutions.items()}
