import numpy as np
from scipy.optimize import linear_sum_assignment


def best_assignment(score):
    """Assignment of workers (rows) to tasks (columns) with the largest total score.

    score[i][j] is how well worker i does task j; the matrix may be
    rectangular. Each worker does at most one task and each task gets at
    most one worker, min(n_workers, n_tasks) pairs in all. Returns the tuple
    (pairs, total): a list of (worker, task) int tuples sorted by worker and
    the total score as a float.
    """
    gains = np.array(score, dtype=float)
    # minimising the negated scores maximises the scores
    rows, cols = linear_sum_assignment(-gains)
    order = np.argsort(rows)
    pairs = [(int(rows[k]), int(cols[k])) for k in order]
    total = float(sum(gains[i, j] for i, j in pairs))
    return pairs, total


rota = best_assignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])
