# /// example
# task = """
# Maximise x + y subject to x - y <= 2 with x, y >= 0 using `linprog`, and instead of trusting \
# `result.x`, report the solver's status: store the status code in `status` and set `is_unbounded` \
# to True when the status says the objective can grow without limit.
#
# ```text
# maximise   x + y
# subject to x - y <= 2,  x >= 0,  y >= 0
# ```
#
# Wanted:
#
# ```text
# status       = 3
# is_unbounded = True
# ```"""
# prompt = """
# My LP
#
# ```text
# maximise   x + y
# subject to x - y <= 2,  x >= 0,  y >= 0
# ```
#
# returns garbage for `result.x`. How do I detect what went wrong? Give me linprog's status code \
# in `status` and a flag `is_unbounded` that is True when the problem is unbounded. I expect
#
# ```text
# status       = 3
# is_unbounded = True
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'status == 3',
#     'is_unbounded is True or is_unbounded == True',
# ]
# difficulty = 'basic'
# tags = ['linear-programming', 'error-handling']
# ///
from scipy import optimize

# linprog minimises, so maximise x + y as minimise -(x + y)
result = optimize.linprog([-1, -1], A_ub=[[1, -1]], b_ub=[2], bounds=[(0, None), (0, None)])
status = result.status
# status codes: 0 optimal, 1 iteration limit, 2 infeasible, 3 unbounded, 4 numerical trouble
is_unbounded = status == 3
