# /// example
# task = """
# A vehicle's fuel use per km at speed v (km/h) is f(v) = 400 / v + 0.0025 v**2 (engine idling \
# cost spread over the distance plus drag). Find the most economical speed with `minimize_scalar` \
# using the golden-section method and the bracket (20, 60, 150) km/h. Store the speed in \
# `best_speed` and the fuel use there in `best_fuel`."""
# prompt = """
# My vehicle burns 400 / v + 0.0025 v^2 units of fuel per km at v km/h. Which speed is the most \
# economical? Please use the golden-section search in minimize_scalar with the bracket \
# (20, 60, 150) and give me `best_speed` and the fuel use at that speed, `best_fuel`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     # f'(v) = -400 / v^2 + 0.005 v = 0 at v = (400 / 0.005) ** (1 / 3)
#     'np.isclose(best_speed, (400 / 0.005) ** (1 / 3), rtol=1e-6)',
#     'np.isclose(best_fuel, 400 / best_speed + 0.0025 * best_speed**2)',
# ]
# difficulty = 'basic'
# tags = ['minimization', 'applied-science']
# ///
from scipy import optimize


def fuel_per_km(speed):
    return 400 / speed + 0.0025 * speed**2


# a bracket (a, b, c) with f(b) below f(a) and f(c) lets golden-section shrink it to the minimum
result = optimize.minimize_scalar(fuel_per_km, bracket=(20, 60, 150), method="golden")
best_speed = result.x
best_fuel = result.fun
