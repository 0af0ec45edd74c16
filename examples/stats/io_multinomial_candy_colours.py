# /// example
# task = """
# A candy machine mixes colours in the proportions below and a bag holds 6 candies drawn \
# independently. Model the colour counts of a bag with a multinomial distribution and store the \
# probability of exactly 2 of each colour in `p_two_each`, the probability of an all-red bag in \
# `p_all_red`, the expected counts per colour (red, green, blue) in `expected_counts` and the \
# covariance between the red and green counts in `cov_red_green`.
#
# ```text
# colour  share
# red       0.5
# green     0.3
# blue      0.2
# ```
#
# Wanted:
#
# ```text
# p_two_each = 0.081, p_all_red = 0.015625
# expected_counts = [3.0, 1.8, 1.2], cov_red_green = -0.9
# ```"""
# prompt = """
# Bags of 6 candies, colours drawn independently with the shares in the table. What's the chance \
# of a perfectly balanced bag with 2 of each colour (`p_two_each`), of an all-red bag \
# (`p_all_red`), the expected number per colour (`expected_counts`, red/green/blue) and the \
# covariance of the red and green counts (`cov_red_green`)?
#
# ```text
# colour  share
# red       0.5
# green     0.3
# blue      0.2
# ```
#
# By hand I get
#
# ```text
# p_two_each = 0.081, p_all_red = 0.015625
# expected_counts = [3.0, 1.8, 1.2], cov_red_green = -0.9
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(p_two_each, 0.081)',
#     'np.isclose(p_all_red, 0.015625)',
#     'np.allclose(expected_counts, [3.0, 1.8, 1.2])',
#     'np.isclose(cov_red_green, -0.9)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions', 'counting']
# ///
from scipy import stats

shares = [0.5, 0.3, 0.2]  # red, green, blue
bag = stats.multinomial(n=6, p=shares)

p_two_each = bag.pmf([2, 2, 2])
p_all_red = bag.pmf([6, 0, 0])
expected_counts = bag.mean()
# counts compete for the same 6 places, so their covariance is negative: -n * p_red * p_green
cov_red_green = bag.cov()[0, 1]
