from scipy.optimize import newton

gas_constant, temperature, pressure = 0.082057, 350.0, 10.0
a, b = 3.59, 0.0427


def residual(v):
    return (pressure + a / v**2) * (v - b) - gas_constant * temperature


# newton with both fprime and fprime2 runs Halley's method; full_output reports convergence
molar_volume, info = newton(
    residual,
    gas_constant * temperature / pressure,
    fprime=lambda v: pressure - a / v**2 + 2 * a * b / v**3,
    fprime2=lambda v: 2 * a / v**3 - 6 * a * b / v**4,
    full_output=True,
)
if not info.converged:
    raise RuntimeError(info.flag)
