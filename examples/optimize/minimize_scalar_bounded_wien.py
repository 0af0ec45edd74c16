# /// example
# task = """
# Find the wavelength `peak_um` (micrometres) at which the Planck spectrum of a T = 5778 K black \
# body peaks, by minimising the negative spectral radiance (up to constants, -lambda**-5 / \
# (exp(14387.77 / (lambda T)) - 1)) with `minimize_scalar(method="bounded")` on [0.1, 3] um; \
# store the result in `res`."""
# prompt = """
# At what wavelength does the spectrum of a 5778 K black body peak? Minimise the negative \
# spectral radiance, up to constants -lambda**-5 / (exp(14387.77 / (lambda T)) - 1) with lambda \
# in micrometres, using bounded scalar minimisation on [0.1, 3] um with a tight x tolerance \
# (around 1e-9). Store the result in `res` and the peak wavelength in `peak_um`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success',
#     # Wien's displacement law: lambda_max * T = 2897.77 um*K
#     'np.isclose(peak_um * 5778.0, 2897.77, rtol=1e-5)',
# ]
# difficulty = 'basic'
# tags = ['minimization', 'applied-science']
# ///
import numpy as np
from scipy import optimize

temperature = 5778.0
c2 = 14387.77  # second radiation constant hc/k in um*K


def negative_radiance(wavelength):
    return -(wavelength**-5) / np.expm1(c2 / (wavelength * temperature))


res = optimize.minimize_scalar(
    negative_radiance, bounds=(0.1, 3.0), method="bounded", options={"xatol": 1e-9}
)
peak_um = res.x
