# /// example
# task = """
# A loaded die shows faces 1-6 with probabilities 0.1, 0.1, 0.1, 0.1, 0.2, 0.4. Define it as a \
# custom discrete distribution `die` with `rv_discrete`, then store its mean in `mean_roll`, \
# its variance in `var_roll`, the probability of rolling at least 5 in `p_at_least_5` and the \
# median face in `median_face`."""
# prompt = """
# I have a loaded die: faces 1 to 6 come up with probabilities 0.1, 0.1, 0.1, 0.1, 0.2 and 0.4. \
# I'd like it as a SciPy distribution object `die` so I can query it: the mean roll \
# (`mean_roll`), the variance (`var_roll`), P(roll >= 5) (`p_at_least_5`) and the median face \
# (`median_face`)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mean_roll, np.dot(np.arange(1, 7), [0.1, 0.1, 0.1, 0.1, 0.2, 0.4]))',
#     'np.isclose(var_roll, np.dot(np.arange(1, 7) ** 2, [0.1, 0.1, 0.1, 0.1, 0.2, 0.4]) - mean_roll**2)',
#     'np.isclose(p_at_least_5, 0.6)',
#     'median_face == 5',
#     'np.isclose(die.pmf(6), 0.4)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions', 'counting']
# ///
import numpy as np
from scipy import stats

faces = np.arange(1, 7)
probabilities = [0.1, 0.1, 0.1, 0.1, 0.2, 0.4]
die = stats.rv_discrete(name="loaded_die", values=(faces, probabilities))
mean_roll = die.mean()
var_roll = die.var()
# sf(k) is P(X > k), so P(X >= 5) is sf(4) for an integer-valued variable
p_at_least_5 = die.sf(4)
median_face = die.median()
