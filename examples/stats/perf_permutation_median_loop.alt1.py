import numpy as np

rng = np.random.default_rng(0)
n_a = len(a)
observed = np.median(b) - np.median(a)
pooled = np.concatenate([a, b])
# permute every row of a (2000, n) matrix of the pooled values at once
shuffled = rng.permuted(np.tile(pooled, (2000, 1)), axis=1)
null = np.median(shuffled[:, n_a:], axis=1) - np.median(shuffled[:, :n_a], axis=1)
p_greater = (np.sum(null >= observed) + 1) / (len(null) + 1)
p_less = (np.sum(null <= observed) + 1) / (len(null) + 1)
p_value = min(1.0, 2 * min(p_greater, p_less))
