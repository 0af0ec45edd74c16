# /// example
# task = """
# Quantify how different the distributions of samples `a` and `b` are: store the 1-D Wasserstein \
# (earth mover's) distance in `w_distance` and the energy distance in `e_distance`."""
# prompt = """
# How different are the distributions of samples `a` and `b`? Give me the 1-D Wasserstein (earth \
# mover's) distance in `w_distance` and the energy distance in `e_distance`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     # W1 is the area between the two empirical CDFs
#     "np.isclose(w_distance, (lambda s: np.sum(np.abs(np.searchsorted(np.sort(a), s[:-1], 'right') / len(a) - np.searchsorted(np.sort(b), s[:-1], 'right') / len(b)) * np.diff(s)))(np.sort(np.concatenate([a, b]))))",
#     'w_distance >= abs(np.mean(a) - np.mean(b)) * (1 - 1e-9) - 1e-12',
#     # squared energy distance = 2 E|A - B| - E|A - A'| - E|B - B'|, compared squared and with
#     # rounding relative to the distances (a square root magnifies it near 0)
#     '(lambda cross, within_a, within_b: np.isclose(e_distance**2, 2 * cross - within_a - within_b, rtol=1e-6, atol=1e-12 * cross))(np.abs(a[:, None] - b).mean(), np.abs(a[:, None] - a).mean(), np.abs(b[:, None] - b).mean())',
# ]
# difficulty = 'intermediate'
# tags = ['two-sample']
# edge_cases = true
# ///
from scipy import stats

# both distances compare empirical distributions, so a and b may differ in size
w_distance = stats.wasserstein_distance(a, b)
e_distance = stats.energy_distance(a, b)
