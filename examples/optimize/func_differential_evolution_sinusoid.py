# /// example
# task = '''
# Write a function `fit_sinusoid` with the signature and docstring below. Fit the vibration record
# sampled at times `t_s` (80 points over 2 s) with values `accel` = 0.5 sin(2 pi 7.1 t + 4) and
# store the result in `vibration`.
#
# ```python
# def fit_sinusoid(t, y, max_freq):
#     """Least-squares fit of y = amplitude * sin(2 pi freq t + phase).
#
#     The sum of squared residuals has many local minima in freq, so it is
#     minimised globally by differential evolution (seed 0, whole
#     population evaluated in one vectorised call) over amplitude in
#     [0, 2 max|y|], freq in [0, max_freq] and phase in [0, 2 pi], then
#     polished locally. Returns the tuple of floats (amplitude, freq, phase).
#     """
# ```'''
# prompt = """
# Fitting a sine's frequency with a local optimiser keeps landing in the wrong valley, so I want \
# `fit_sinusoid(t, y, max_freq)` to minimise the squared error of amplitude * sin(2 pi freq t + \
# phase) globally with differential evolution (seed 0, the population evaluated in one vectorised \
# call, then polished), searching amplitude in [0, 2 max|y|], freq in [0, max_freq] and phase in \
# [0, 2 pi], and returning `(amplitude, freq, phase)` as floats. Fit my vibration record `accel` = \
# 0.5 sin(2 pi 7.1 t + 4) at 80 times `t_s` over 2 s with max_freq 15, into `vibration`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(vibration, (0.5, 7.1, 4.0), rtol=1e-5)',
#     'np.allclose(fit_sinusoid(np.linspace(0, 1, 50), 2 * np.sin(2 * np.pi * 3.3 * np.linspace(0, 1, 50) + 1.0), 20.0), (2.0, 3.3, 1.0), rtol=1e-5)',
#     'np.allclose(fit_sinusoid(np.arange(40) * 0.5, 3 * np.sin(2 * np.pi * 0.23 * np.arange(40) * 0.5 + 2.2), 0.9), (3.0, 0.23, 2.2), rtol=1e-5)',
#     # on noisy data the global optimum fits at least as well as the true parameters
#     '(lambda fit, t: np.sum((fit[0] * np.sin(2 * np.pi * fit[1] * t + fit[2]) - 1.5 * np.sin(2 * np.pi * 0.37 * t + 2.5) - 0.1 * np.cos(7 * t**1.5)) ** 2) <= np.sum((0.1 * np.cos(7 * t**1.5)) ** 2) + 1e-9)(fit_sinusoid(np.linspace(0, 10, 60), 1.5 * np.sin(2 * np.pi * 0.37 * np.linspace(0, 10, 60) + 2.5) + 0.1 * np.cos(7 * np.linspace(0, 10, 60) ** 1.5), 2.0), np.linspace(0, 10, 60))',
#     'all(isinstance(value, float) for value in vibration)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'global-optimization', 'curve-fitting', 'least-squares']
# ///
import numpy as np
from scipy import optimize


def fit_sinusoid(t, y, max_freq):
    """Least-squares fit of y = amplitude * sin(2 pi freq t + phase).

    The sum of squared residuals has many local minima in freq, so it is
    minimised globally by differential evolution (seed 0, whole
    population evaluated in one vectorised call) over amplitude in
    [0, 2 max|y|], freq in [0, max_freq] and phase in [0, 2 pi], then
    polished locally. Returns the tuple of floats (amplitude, freq, phase).
    """
    t = np.asarray(t, dtype=float)
    y = np.asarray(y, dtype=float)

    def residuals(params):
        # params is (3, S) for S candidates at once, or (3,) for one: the result is (S, len(t))
        amplitude, freq, phase = np.reshape(params, (3, -1, 1))
        return amplitude * np.sin(2 * np.pi * freq * t + phase) - y

    box = optimize.Bounds([0.0, 0.0, 0.0], [2 * np.max(np.abs(y)), max_freq, 2 * np.pi])
    # stop once the population's errors agree to 0.1% of the signal energy; least_squares polishes
    coarse = optimize.differential_evolution(
        lambda params: np.sum(residuals(params) ** 2, axis=-1),
        box,
        seed=0,
        vectorized=True,
        updating="deferred",
        polish=False,
        atol=1e-3 * np.sum(y**2),
    )
    polished = optimize.least_squares(lambda params: residuals(params)[0], coarse.x, bounds=box)
    amplitude, freq, phase = polished.x
    return float(amplitude), float(freq), float(phase)


t_s = np.linspace(0, 2, 80)
accel = 0.5 * np.sin(2 * np.pi * 7.1 * t_s + 4.0)
vibration = fit_sinusoid(t_s, accel, 15.0)
