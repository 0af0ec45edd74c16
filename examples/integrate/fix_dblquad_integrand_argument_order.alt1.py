import scipy.integrate as si


def density(y, x):
    return x**2 * y


# nquad integrates over the first argument innermost; its range may depend on the outer ones
charge, _ = si.nquad(density, [lambda x: [0, 4 - x**2], [0, 2]])
