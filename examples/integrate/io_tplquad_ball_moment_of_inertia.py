# /// example
# task = """
# Compute the volume of the unit ball and its moment of inertia about the z axis (density 1) \
# as triple integrals in spherical coordinates (r, theta, phi) with SciPy's `tplquad`, and store \
# them in `volume` and `inertia_z`; rounded to 6 decimals they print as shown.
#
# ```text
# volume    = int_0^{2 pi} int_0^{pi} int_0^1 r^2 sin(theta)   dr dtheta dphi
# inertia_z = int_0^{2 pi} int_0^{pi} int_0^1 r^4 sin^3(theta) dr dtheta dphi
# ```
#
# Wanted:
#
# ```text
# volume = 4.18879, inertia_z = 1.675516
# ```"""
# prompt = """
# As a sanity check of my triple-integral code I want scipy's tplquad to give the volume of the \
# unit ball (`volume`) and its moment of inertia about z with density 1 (`inertia_z`), both in \
# spherical coordinates:
#
# ```text
# volume    = int_0^{2 pi} int_0^{pi} int_0^1 r^2 sin(theta)   dr dtheta dphi
# inertia_z = int_0^{2 pi} int_0^{pi} int_0^1 r^4 sin^3(theta) dr dtheta dphi
# ```
#
# The closed forms 4 pi / 3 and 8 pi / 15 give
#
# ```text
# volume = 4.18879, inertia_z = 1.675516
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(volume, 4.18879, atol=5e-6) and np.isclose(volume, 4 * np.pi / 3, rtol=1e-10)',
#     'np.isclose(inertia_z, 1.675516, atol=5e-7) and np.isclose(inertia_z, 8 * np.pi / 15, rtol=1e-10)',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'multiple-integral', 'applied-science']
# ///
import numpy as np
from scipy import integrate

# tplquad calls func(z, y, x) with the innermost variable first: here (r, theta, phi),
# then the limits run from the outermost variable (phi) to the innermost (r)
volume, _ = integrate.tplquad(
    lambda r, theta, phi: r**2 * np.sin(theta), 0, 2 * np.pi, 0, np.pi, 0, 1
)
inertia_z, _ = integrate.tplquad(
    lambda r, theta, phi: r**4 * np.sin(theta) ** 3, 0, 2 * np.pi, 0, np.pi, 0, 1
)
