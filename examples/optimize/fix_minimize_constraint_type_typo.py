# /// example
# task = """
# This code should find the point `solution` closest to (2, 1) that satisfies x + 2 y <= 2, but \
# it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# constraint = {"type": "inequality", "fun": lambda p: 2 - p[0] - 2 * p[1]}
# result = optimize.minimize(lambda p: np.sum((p - [2, 1]) ** 2), x0=[0.0, 0.0], constraints=[constraint])
# solution = result.x
# ```
#
# ```text
# ValueError: Unknown constraint type 'inequality'.
# ```
#
# Fix it."""
# prompt = """
# I'm projecting the point (2, 1) onto the half-plane x + 2 y <= 2 with `minimize`, answer in \
# `solution`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# constraint = {"type": "inequality", "fun": lambda p: 2 - p[0] - 2 * p[1]}
# result = optimize.minimize(lambda p: np.sum((p - [2, 1]) ** 2), x0=[0.0, 0.0], constraints=[constraint])
# solution = result.x
# ```
#
# and I get
#
# ```text
# ValueError: Unknown constraint type 'inequality'.
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # orthogonal projection onto the line x + 2 y = 2: (2, 1) - (4 - 2) / 5 * (1, 2)
#     'np.allclose(solution, np.array([2.0, 1.0]) - (2.0 + 2.0 * 1.0 - 2.0) / 5.0 * np.array([1.0, 2.0]), atol=1e-5)',
#     'solution[0] + 2 * solution[1] <= 2 + 1e-6',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'constrained-optimization', 'minimization']
# ///
import numpy as np
from scipy import optimize

# dict constraints take the type "ineq" (fun >= 0) or "eq"; "inequality" is not recognised
constraint = {"type": "ineq", "fun": lambda p: 2 - p[0] - 2 * p[1]}
result = optimize.minimize(
    lambda p: np.sum((p - [2, 1]) ** 2), x0=[0.0, 0.0], constraints=[constraint]
)
solution = result.x
