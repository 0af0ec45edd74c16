# /// example
# task = """
# Solve the 4 x 4 sudoku `puzzle` (0 marks an empty cell; each row, column and 2 x 2 box must \
# hold 1-4 once) as a binary integer program with `milp`: one 0/1 variable per (row, column, \
# digit), all constraints as equalities, the givens fixed through the variable bounds. Store the \
# completed grid in `solution`.
#
# ```text
# puzzle = [[1, 3, 0, 4],
#           [0, 4, 1, 0],
#           [0, 1, 4, 0],
#           [4, 0, 0, 1]]
# ```
#
# Wanted:
#
# ```text
# solution = [[1, 3, 2, 4],
#             [2, 4, 1, 3],
#             [3, 1, 4, 2],
#             [4, 2, 3, 1]]
# ```"""
# prompt = """
# I'm learning integer programming and want to solve this mini sudoku `puzzle` (0 = empty, digits \
# 1-4 once per row, column and 2 x 2 box) with scipy's milp, using binary variables x[row, col, \
# digit]:
#
# ```text
# puzzle = [[1, 3, 0, 4],
#           [0, 4, 1, 0],
#           [0, 1, 4, 0],
#           [4, 0, 0, 1]]
# ```
#
# The filled grid should go in `solution`:
#
# ```text
# solution = [[1, 3, 2, 4],
#             [2, 4, 1, 3],
#             [3, 1, 4, 2],
#             [4, 2, 3, 1]]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(solution, [[1, 3, 2, 4], [2, 4, 1, 3], [3, 1, 4, 2], [4, 2, 3, 1]])',
#     'np.array_equal(np.asarray(puzzle), [[1, 3, 0, 4], [0, 4, 1, 0], [0, 1, 4, 0], [4, 0, 0, 1]])',
# ]
# difficulty = 'advanced'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

puzzle = np.array([[1, 3, 0, 4], [0, 4, 1, 0], [0, 1, 4, 0], [4, 0, 0, 1]])
n = 4


def var(row, col, digit):
    return (row * n + col) * n + digit


# each group of variables must contain exactly one 1
cells = [[var(row, col, d) for d in range(n)] for row in range(n) for col in range(n)]
rows = [[var(i, col, d) for col in range(n)] for d in range(n) for i in range(n)]
columns = [[var(row, i, d) for row in range(n)] for d in range(n) for i in range(n)]
boxes = [
    [var(top + r, left + c, d) for r in range(2) for c in range(2)]
    for d in range(n)
    for top in (0, 2)
    for left in (0, 2)
]
groups = cells + rows + columns + boxes

a_eq = np.zeros((len(groups), n**3))
for k, members in enumerate(groups):
    a_eq[k, members] = 1
# a given digit forces its variable to 1 through the lower bound
lower = np.zeros(n**3)
for row, col in zip(*np.nonzero(puzzle), strict=True):
    lower[var(row, col, puzzle[row, col] - 1)] = 1

result = optimize.milp(
    c=np.zeros(n**3),
    constraints=optimize.LinearConstraint(a_eq, 1, 1),
    integrality=np.ones(n**3),
    bounds=optimize.Bounds(lower, 1),
)
solution = result.x.reshape(n, n, n).argmax(axis=2) + 1
