from scipy.optimize import shgo


def himmelblau(v):
    return (v[0] ** 2 + v[1] - 11) ** 2 + (v[0] + v[1] ** 2 - 7) ** 2


res = shgo(himmelblau, bounds=[(-5, 5)] * 2, n=64, iters=3, sampling_method="sobol")
