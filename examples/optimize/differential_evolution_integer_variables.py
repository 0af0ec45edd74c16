# /// example
# task = """
# Minimise (n - 2.3)**2 + (m + 1.7)**2 over whole numbers n and m between -5 and 5 with \
# `differential_evolution`, declaring both variables integral, with population size 10, at most \
# 50 generations and the generator seeded with `rng=0`. Store the integer solution in \
# `best_point` and the objective there in `best_value`."""
# prompt = """
# My two design variables n and m must be whole numbers between -5 and 5, and I want to minimise \
# (n - 2.3)^2 + (m + 1.7)^2. Use differential evolution with both variables marked as integers \
# (popsize 10, maxiter 50, seed it with rng=0), and give me the point in `best_point` and the \
# objective value in `best_value`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the nearest integers to (2.3, -1.7)
#     'np.array_equal(np.asarray(best_point), [2, -2])',
#     'np.isclose(best_value, (2 - 2.3) ** 2 + (-2 + 1.7) ** 2)',
# ]
# difficulty = 'intermediate'
# tags = ['global-optimization', 'constrained-optimization']
# requires = { scipy = ">=1.15" }
# ///
from scipy import optimize


def objective(v):
    n, m = v
    return (n - 2.3) ** 2 + (m + 1.7) ** 2


# integrality rounds each trial to whole numbers before the objective sees it
result = optimize.differential_evolution(
    objective,
    bounds=[(-5, 5), (-5, 5)],
    integrality=[True, True],
    popsize=10,
    maxiter=50,
    rng=0,
)
best_point = result.x.astype(int)
best_value = result.fun
