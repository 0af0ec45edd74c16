import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

costs = pd.DataFrame(
    {"job_a": [4, 2, 3], "job_b": [1, 0, 2], "job_c": [3, 5, 2]},
    index=["ann", "bob", "cy"],
)
matrix = costs.to_numpy()
worker_idx, job_idx = linear_sum_assignment(matrix)
assignment = {costs.index[i]: costs.columns[j] for i, j in zip(worker_idx, job_idx, strict=True)}
total_cost = int(np.sum(matrix[worker_idx, job_idx]))
