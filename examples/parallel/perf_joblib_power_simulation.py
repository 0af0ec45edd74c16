# /// example
# task = """
# This simulation estimates the power of a two-sample t-test (20 observations per group, standard \
# normal noise, a mean shift of 0.8, alpha 0.05) from 1000 simulated experiments, keeping the \
# p-values in `p_values` and the rejection rate in `power`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# rng = np.random.default_rng(0)
# p_values = np.empty(1000)
# for i in range(1000):
#     control = rng.normal(0.0, 1.0, size=20)
#     treated = rng.normal(0.8, 1.0, size=20)
#     p_values[i] = stats.ttest_ind(control, treated).pvalue
# power = np.mean(p_values < 0.05)
# ```
#
# Make it fast: draw the experiments as whole arrays, test them with one vectorised `ttest_ind` \
# call per batch, and run 4 batches of 250 experiments in parallel joblib threads, each with its own \
# generator spawned from `np.random.SeedSequence(0)`."""
# prompt = """
# I estimate the power of a two-sample t-test by simulation (n = 20 per group, sd 1, true shift \
# 0.8, alpha 0.05, 1000 experiments), storing the p-values in `p_values` and the power in `power`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# rng = np.random.default_rng(0)
# p_values = np.empty(1000)
# for i in range(1000):
#     control = rng.normal(0.0, 1.0, size=20)
#     treated = rng.normal(0.8, 1.0, size=20)
#     p_values[i] = stats.ttest_ind(control, treated).pvalue
# power = np.mean(p_values < 0.05)
# ```
#
# I'll need this for a grid of sample sizes, so it's too slow. Please vectorise the test over \
# whole batches of experiments and run 4 batches of 250 in parallel with joblib threads, giving \
# each batch its own generator from `np.random.SeedSequence(0)` so the result stays reproducible."""
# task_type = 'performance'
# domain = 'statistics'
# libraries = ['joblib', 'scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'p_values.shape == (1000,) and np.all((p_values >= 0) & (p_values <= 1))',
#     'np.isclose(power, np.mean(p_values < 0.05))',
#     # the exact power from the noncentral t distribution, to within the Monte-Carlo error
#     '''abs(power - (
#         1 - scipy.stats.nct.cdf(scipy.stats.t.ppf(0.975, 38), 38, 0.8 * np.sqrt(10))
#         + scipy.stats.nct.cdf(-scipy.stats.t.ppf(0.975, 38), 38, 0.8 * np.sqrt(10))
#     )) < 0.05''',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'parallelism', 't-test']
# ///
import numpy as np
from joblib import Parallel, delayed
from scipy import stats


def simulate_batch(seed, n_experiments):
    rng = np.random.default_rng(seed)
    # one experiment per row: a single ttest_ind call tests all of them along axis 1
    control = rng.normal(0.0, 1.0, size=(n_experiments, 20))
    treated = rng.normal(0.8, 1.0, size=(n_experiments, 20))
    return stats.ttest_ind(control, treated, axis=1).pvalue


batch_seeds = np.random.SeedSequence(0).spawn(4)
batches = Parallel(n_jobs=2, prefer="threads")(
    delayed(simulate_batch)(seed, 250) for seed in batch_seeds
)
p_values = np.concatenate(batches)
power = np.mean(p_values < 0.05)
