import numpy as np
from scipy import optimize


def schwefel(v):
    v = np.asarray(v)
    return 418.9829 * len(v) - (v * np.sin(np.sqrt(np.abs(v)))).sum()


limits = [(-500.0, 500.0), (-500.0, 500.0)]
de = optimize.differential_evolution(schwefel, limits, popsize=30, seed=0, polish=False)
# polish the best population member with a bounded quasi-Newton step
final = optimize.minimize(schwefel, de.x, method="L-BFGS-B", bounds=limits)
x_best, f_best = final.x, final.fun
