import numpy as np

x = np.asarray(readings, dtype=float)
n = len(x)
g_stat = np.max(np.abs(x - x.mean())) / x.std(ddof=1)

rng = np.random.default_rng(0)
# 2000 simulated samples as the rows of one matrix, each scored along axis 1
sims = rng.standard_normal((2000, n))
null = np.max(np.abs(sims - sims.mean(axis=1, keepdims=True)), axis=1) / sims.std(axis=1, ddof=1)
p_value = (np.count_nonzero(null >= g_stat) + 1) / (len(null) + 1)
