# /// example
# task = '''
# Write the function `rod_center_of_mass` below with `scipy.integrate.quad` and store
# `rod_center_of_mass(lambda x: 1 + x, 2.0)` in `tapered`, and in the list `errors` the messages
# raised for length -1.0 and for a zero density on a 1 m rod.
#
# ```python
# def rod_center_of_mass(density, length):
#     """Mass and centre of mass of a rod on [0, length] with linear
#     density density(x) (kg/m): returns (mass, x_cm) with
#     mass = integral of density and x_cm = integral of x * density / mass.
#     Raises ValueError("length must be positive") and
#     ValueError("rod has zero mass").
#     """
# ```'''
# prompt = """
# I need `rod_center_of_mass(density, length)` for rods with a varying linear density \
# (kg/m) on [0, length]: return the mass and the centre-of-mass position, both by quad. Raise \
# `ValueError("length must be positive")` for length <= 0 and `ValueError("rod has zero \
# mass")` if the density integrates to 0. Store the result for density 1 + x on a 2 m rod in \
# `tapered`, and the two error messages (length -1.0, and a zero density on a 1 m rod) in the \
# list `errors`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # mass = 2 + 2 = 4; moment = 2 + 8/3; x_cm = (14/3) / 4
#     'np.allclose(tapered, [4.0, 14 / 12])',
#     'np.allclose(rod_center_of_mass(lambda x: 3.0, 5.0), [15.0, 2.5])',
#     'np.allclose(rod_center_of_mass(lambda x: np.exp(-x), 1.0), [1 - np.exp(-1), (1 - 2 * np.exp(-1)) / (1 - np.exp(-1))])',
#     # density 6 x^2 on a 1 m rod: mass 2, x_cm = (6 / 4) / 2
#     'np.allclose(rod_center_of_mass(lambda x: 6 * x**2, 1.0), [2.0, 0.75])',
#     'list(errors) == ["length must be positive", "rod has zero mass"]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'quadrature', 'applied-science', 'validation']
# ///
from scipy.integrate import quad


def rod_center_of_mass(density, length):
    """Mass and centre of mass of a rod on [0, length] with linear
    density density(x) (kg/m): returns (mass, x_cm) with
    mass = integral of density and x_cm = integral of x * density / mass.
    Raises ValueError("length must be positive") and
    ValueError("rod has zero mass").
    """
    if length <= 0:
        raise ValueError("length must be positive")
    mass, _ = quad(density, 0, length)
    if mass == 0:
        raise ValueError("rod has zero mass")
    # first moment about x = 0, divided by the mass
    moment, _ = quad(lambda x: x * density(x), 0, length)
    return mass, moment / mass


tapered = rod_center_of_mass(lambda x: 1 + x, 2.0)

errors = []
for density, length in [(lambda x: 1.0, -1.0), (lambda x: 0.0, 1.0)]:
    try:
        rod_center_of_mass(density, length)
    except ValueError as error:
        errors.append(str(error))
