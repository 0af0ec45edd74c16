# /// example
# task = '''
# Write a function `best_assignment` with the signature and docstring below, and store in `rota` its
# result for the skill scores `[[4, 1, 3], [2, 0, 5], [3, 2, 2]]` (rows are workers, columns tasks).
#
# ```python
# def best_assignment(score):
#     """Assignment of workers (rows) to tasks (columns) with the largest total score.
#
#     score[i][j] is how well worker i does task j; the matrix may be
#     rectangular. Each worker does at most one task and each task gets at
#     most one worker, min(n_workers, n_tasks) pairs in all. Returns the tuple
#     (pairs, total): a list of (worker, task) int tuples sorted by worker and
#     the total score as a float.
#     """
# ```'''
# prompt = """
# I schedule staff by skill scores and want `best_assignment(score)` to pair workers (rows) with \
# tasks (columns) so the total score is as large as possible, one task per worker and one worker \
# per task, with as many pairs as the smaller side allows (the matrix may not be square). Return \
# `(pairs, total)`: (worker, task) tuples of ints sorted by worker, and the total as a float. Run it \
# on `[[4, 1, 3], [2, 0, 5], [3, 2, 2]]` and store the result in `rota`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # of the 6 permutations, worker 0 -> task 0, 1 -> 2, 2 -> 1 scores 4 + 5 + 2 = 11, the most
#     'rota[0] == [(0, 0), (1, 2), (2, 1)]',
#     'rota[1] == sum([[4, 1, 3], [2, 0, 5], [3, 2, 2]][i][j] for i, j in [(0, 0), (1, 2), (2, 1)])',
#     'best_assignment([[5, 9, 1], [10, 3, 2]]) == ([(0, 1), (1, 0)], 19.0)',
#     # three workers, two tasks: worker 0 stays idle
#     'best_assignment([[1, 2], [5, 1], [3, 4]]) == ([(1, 0), (2, 1)], 9.0)',
#     'best_assignment([[7.5]]) == ([(0, 0)], 7.5)',
#     'all(isinstance(i, int) and isinstance(j, int) for i, j in rota[0]) and isinstance(rota[1], float)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'operations-research']
# ///
import numpy as np
from scipy import optimize


def best_assignment(score):
    """Assignment of workers (rows) to tasks (columns) with the largest total score.

    score[i][j] is how well worker i does task j; the matrix may be
    rectangular. Each worker does at most one task and each task gets at
    most one worker, min(n_workers, n_tasks) pairs in all. Returns the tuple
    (pairs, total): a list of (worker, task) int tuples sorted by worker and
    the total score as a float.
    """
    score = np.asarray(score, dtype=float)
    # maximize=True: without it the solver would find the worst rota
    workers, tasks = optimize.linear_sum_assignment(score, maximize=True)
    pairs = [(int(i), int(j)) for i, j in zip(workers, tasks, strict=True)]
    return pairs, float(score[workers, tasks].sum())


rota = best_assignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])
