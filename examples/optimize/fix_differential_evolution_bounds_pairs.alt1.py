from scipy import optimize


def himmelblau(point):
    x, y = point
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


box = optimize.Bounds([0, 0], [5, 5])
result = optimize.differential_evolution(himmelblau, box, seed=0, tol=1e-8)
