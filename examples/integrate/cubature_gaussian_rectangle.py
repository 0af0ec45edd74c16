# /// example
# task = """
# For the circular 2-D normal density with standard deviation `sigmas` = [0.5, 1, 2] (zero mean, \
# independent coordinates), compute the probability of the rectangle -1 <= x <= 2, 0 <= y <= 3 \
# for all three standard deviations in one call of `scipy.integrate.cubature` with an \
# array-valued, vectorised integrand, to a relative tolerance of 1e-8 (its default); store the \
# result in `result` and the three probabilities in `probabilities`."""
# prompt = """
# I need the probability that a zero-mean circular 2-D normal point lands in the rectangle \
# -1 <= x <= 2, 0 <= y <= 3, for standard deviations `sigmas` = `[0.5, 1, 2]`. Do it with scipy's \
# adaptive `cubature`, integrating the three densities at once: the integrand takes a batch of \
# points and returns one value per point and sigma. I need them to a relative accuracy of 1e-8. \
# Keep the result object in `result` and the three probabilities in `probabilities`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(sigmas, [0.5, 1, 2])',
#     # independent coordinates: the probability is the product of the two 1-D normal probabilities
#     'np.allclose(probabilities, (scipy.stats.norm.cdf(2 / np.asarray(sigmas)) - scipy.stats.norm.cdf(-1 / np.asarray(sigmas))) * (scipy.stats.norm.cdf(3 / np.asarray(sigmas)) - 0.5), rtol=1e-8, atol=1e-12)',
#     'np.shape(result.estimate) == (3,) and np.all(np.asarray(result.error) <= 1e-8)',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'multiple-integral', 'vectorization', 'probability-distributions']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy.integrate import cubature

sigmas = np.array([0.5, 1.0, 2.0])


def density(points):
    # points has shape (n_points, 2); return shape (n_points, 3): one column per sigma
    r2 = np.sum(points**2, axis=-1)[:, np.newaxis]
    return np.exp(-r2 / (2 * sigmas**2)) / (2 * np.pi * sigmas**2)


result = cubature(density, a=[-1, 0], b=[2, 3])
probabilities = result.estimate
