# /// example
# task = """
# A committee of 4 is drawn at random, without replacement, from 6 engineers, 5 designers and \
# 4 analysts. Store the probability that it has exactly 2 engineers, 1 designer and 1 analyst \
# in `p_mix` (with `scipy.stats.multivariate_hypergeom`), and the expected number of each role \
# in `expected_counts`.
#
# ```text
# pool: engineers 6, designers 5, analysts 4; committee size 4; wanted mix 2, 1, 1
# ```
#
# Wanted (rounded):
#
# ```text
# p_mix = 0.21978
# expected_counts = [1.6, 1.3333, 1.0667]
# ```"""
# prompt = """
# We pick 4 people at random from a pool of 6 engineers, 5 designers and 4 analysts:
#
# ```text
# pool: engineers 6, designers 5, analysts 4; committee size 4; wanted mix 2, 1, 1
# ```
#
# What's the chance of exactly 2 engineers, 1 designer and 1 analyst (`p_mix`), and the \
# expected count per role (`expected_counts`)? Should be about
#
# ```text
# p_mix = 0.21978
# expected_counts = [1.6, 1.3333, 1.0667]
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(p_mix, 0.21978, atol=5e-6)',
#     'np.allclose(expected_counts, [1.6, 1.3333, 1.0667], atol=5e-5)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions', 'counting']
# ///
from scipy import stats

# m: how many of each type are in the pool; n: how many are drawn
committee = stats.multivariate_hypergeom(m=[6, 5, 4], n=4)
p_mix = committee.pmf([2, 1, 1])
expected_counts = committee.mean()
