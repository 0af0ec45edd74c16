# /// example
# task = """
# `accel` holds acceleration samples taken at `fs` Hz from a body at rest at t = 0. Remove the \
# sensor's constant offset (subtract the mean of `accel`), then integrate twice with the \
# cumulative trapezoidal rule, starting each integral at 0: store the velocity in `velocity` and \
# the displacement in `displacement`, both the same length as `accel`."""
# prompt = """
# I logged acceleration `accel` at `fs` Hz starting from rest. The sensor has a constant bias, so \
# I want to subtract the mean first and then integrate twice with running trapezoid sums, each \
# starting at 0, to get `velocity` and `displacement` with one value per sample."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { accel = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     'np.shape(velocity) == np.shape(accel) and np.shape(displacement) == np.shape(accel)',
#     'velocity[0] == 0 and displacement[0] == 0',
#     # running trapezoid sums written out with cumsum, step 1 / fs
#     'np.allclose(velocity, np.concatenate([[0.0], np.cumsum(((accel - accel.mean())[1:] + (accel - accel.mean())[:-1]) / 2) / fs]), rtol=1e-9, atol=1e-9 * (np.abs(accel).max() + 1) * len(accel) / fs)',
#     'np.allclose(displacement, np.concatenate([[0.0], np.cumsum((velocity[1:] + velocity[:-1]) / 2) / fs]), rtol=1e-9, atol=1e-9 * (np.abs(velocity).max() + 1) * len(accel) / fs)',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'sampled-data', 'applied-science']
# edge_cases = true
# ///
from scipy.integrate import cumulative_trapezoid

# a constant bias would otherwise grow into a linear velocity drift and a quadratic displacement
corrected = accel - accel.mean()
# initial=0 prepends the starting value, so the outputs align with the samples
velocity = cumulative_trapezoid(corrected, dx=1 / fs, initial=0)
displacement = cumulative_trapezoid(velocity, dx=1 / fs, initial=0)
