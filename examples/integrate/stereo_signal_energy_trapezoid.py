# /// example
# task = """
# `x` is a signal sampled at `fs` Hz. Compute its energy, the integral of x(t)**2 over the \
# recording, with the trapezoidal rule using the sample spacing 1 / fs, and store it in \
# `energy`; store the mean power (energy divided by the duration (len(x) - 1) / fs) in \
# `mean_power`."""
# prompt = """
# For my recording `x` (sampled at `fs` Hz) I want the signal energy, integral of x^2 dt, by \
# trapezoids with dt = 1/fs (`energy`), and the average power, energy over the duration \
# (len(x) - 1)/fs (`mean_power`)."""
# domain = 'signal_processing'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { x = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     'np.isclose(energy, np.sum((x[1:] ** 2 + x[:-1] ** 2) / 2) / fs)',
#     'np.isclose(mean_power, energy * fs / (len(x) - 1))',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'sampled-data']
# edge_cases = true
# ///
from scipy.integrate import trapezoid

# dx is the time step between samples
energy = trapezoid(x**2, dx=1 / fs)
duration = (len(x) - 1) / fs
mean_power = energy / duration
