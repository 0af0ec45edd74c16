# /// example
# task = """
# A component's lifetime is Weibull with shape c = 1.5 and scale 1000 hours. Turn \
# `scipy.stats.weibull_min` into a distribution class with `scipy.stats.make_distribution`, \
# build the lifetime `T` in hours from it, and the lifetime `system` of a series system of 5 such \
# independent components (it fails at the first failure) with `scipy.stats.order_statistic`. \
# Store the probability that the system survives 500 hours in `p_survive_500` and its median \
# lifetime in `median_system`."""
# prompt = """
# Each component in my device has a Weibull lifetime with shape `1.5` and scale `1000` hours, and \
# the device is a series system of `5` independent components, so it dies at the first failure. \
# With scipy's new distribution infrastructure, make a distribution class out of the old \
# `weibull_min` (`make_distribution`), build the component lifetime `T` in hours, and the \
# device lifetime `system` as the first order statistic of 5. Then give me the probability that \
# the device survives `500` hours (`p_survive_500`) and its median lifetime (`median_system`)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(T.ccdf(1000), np.exp(-1)) and np.isclose(T.mean(), 1000 * scipy.special.gamma(1 + 1 / 1.5))',
#     # the minimum of 5 survives t when all five do: S(t) ** 5 = exp(-5 (t / 1000) ** 1.5)
#     'np.isclose(p_survive_500, np.exp(-5 * (500 / 1000) ** 1.5))',
#     'np.isclose(median_system, 1000 * (np.log(2) / 5) ** (1 / 1.5))',
#     'np.isclose(system.ccdf(median_system), 0.5)',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'applied-science']
# requires = { scipy = ">=1.15" }
# ///
from scipy import stats

# weibull_min has no class of its own in the new infrastructure: wrap it
Weibull = stats.make_distribution(stats.weibull_min)
T = 1000 * Weibull(c=1.5)
system = stats.order_statistic(T, r=1, n=5)
p_survive_500 = system.ccdf(500)
median_system = system.median()
