from scipy import optimize


def camel(x, y):
    return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2


result = optimize.differential_evolution(
    lambda point: camel(*point), bounds=[(-3, 3), (-2, 2)], seed=0
)
