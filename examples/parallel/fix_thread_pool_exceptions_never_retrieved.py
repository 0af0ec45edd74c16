# /// example
# task = """
# For each level `c` in `levels = [-0.5, 0.5, 1.0, 3.0, 5.0]` this code should solve \
# `x**3 - 2*x - c = 0` on the bracket [0, 2] with `brentq` in a thread pool, storing the roots in \
# the dict `roots` (level -> root) and the levels whose bracket holds no sign change in the list \
# `failed`. It runs without error, but two levels are silently missing from `roots` and `failed` \
# stays empty:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# from scipy.optimize import brentq
#
# levels = [-0.5, 0.5, 1.0, 3.0, 5.0]
# roots, failed = {}, []
#
#
# def solve(c):
#     roots[c] = brentq(lambda x: x**3 - 2 * x - c, 0, 2)
#
#
# with ThreadPoolExecutor(max_workers=2) as executor:
#     for c in levels:
#         executor.submit(solve, c)
# ```
#
# Fix it so that every level ends up in `roots` or in `failed`."""
# prompt = """
# I solve `x**3 - 2*x - c = 0` on [0, 2] with brentq for each level `c` in \
# `levels = [-0.5, 0.5, 1.0, 3.0, 5.0]` in a thread pool. Roots go into the dict `roots` and levels \
# where the bracket has no sign change should go into the list `failed`:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# from scipy.optimize import brentq
#
# levels = [-0.5, 0.5, 1.0, 3.0, 5.0]
# roots, failed = {}, []
#
#
# def solve(c):
#     roots[c] = brentq(lambda x: x**3 - 2 * x - c, 0, 2)
#
#
# with ThreadPoolExecutor(max_workers=2) as executor:
#     for c in levels:
#         executor.submit(solve, c)
# ```
#
# There's no error, yet two levels are just missing from `roots` and `failed` is empty. Where do \
# the failures go?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'list(levels) == [-0.5, 0.5, 1.0, 3.0, 5.0]',
#     # brentq needs f(0) = -c and f(2) = 4 - c of opposite signs
#     'sorted(failed) == sorted(c for c in levels if (-c) * (4 - c) > 0)',
#     'sorted(roots) == sorted(c for c in levels if (-c) * (4 - c) <= 0)',
#     'all(0 <= root <= 2 and abs(root**3 - 2 * root - c) < 1e-8 for c, root in roots.items())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'parallelism', 'root-finding', 'error-handling']
# ///
from concurrent.futures import ThreadPoolExecutor

from scipy.optimize import brentq

levels = [-0.5, 0.5, 1.0, 3.0, 5.0]
roots, failed = {}, []


def solve(c):
    return brentq(lambda x: x**3 - 2 * x - c, 0, 2)


# an exception raised in a task is stored in its future and only re-raised by result();
# futures that nobody asks lose their errors silently. Return the root instead of storing it
with ThreadPoolExecutor(max_workers=2) as executor:
    futures = {executor.submit(solve, c): c for c in levels}
for future, c in futures.items():
    try:
        roots[c] = future.result()
    except ValueError:
        failed.append(c)
