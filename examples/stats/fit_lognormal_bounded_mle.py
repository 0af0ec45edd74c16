# /// example
# task = """
# Fit a lognormal distribution with its location fixed at 0 to the positive sample `skewed` by \
# maximum likelihood with `scipy.stats.fit` and parameter bounds, using a seeded \
# differential-evolution optimiser. Divide the data by their median first so the optimiser \
# works near 1, with the shape sigma bounded to [0.01, 10], the location to [0, 0] and the \
# scale to the rescaled data's range. Store sigma in `sigma` and the scale converted back to \
# the data's units in `scale`."""
# prompt = """
# I want to fit a two-parameter lognormal (location fixed at 0) to my positive sample `skewed` \
# by maximum likelihood, using scipy's generic `fit` with bounds and a seeded \
# differential-evolution optimiser. The values can be huge or tiny, so divide them by their \
# median before fitting; bound the shape sigma to [`0.01`, `10`], the location to [0, 0] and the \
# scale to the range of the rescaled data. Give me sigma in `sigma` and the scale back in the \
# original units in `scale`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'scipy.optimize', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # with loc = 0 the lognormal MLE is the normal fit of log(x), clipped to the shape's bounds
#     'np.isclose(sigma, np.clip(np.std(np.log(skewed)), 0.01, 10), rtol=1e-3, atol=1e-4)',
#     'np.isclose(scale, np.exp(np.mean(np.log(skewed))), rtol=1e-3)',
#     '0.01 <= sigma <= 10',
# ]
# difficulty = 'intermediate'
# tags = ['distribution-fitting', 'probability-distributions', 'constrained-optimization']
# edge_cases = true
# ///
import numpy as np
from scipy import stats
from scipy.optimize import differential_evolution


def optimizer(fun, bounds):
    # stats.fit searches the bounded box globally; seed it for reproducible fits
    return differential_evolution(fun, bounds, seed=0)


reference = np.median(skewed)
rescaled = skewed / reference
bounds = {"s": (0.01, 10), "loc": (0, 0), "scale": (rescaled.min(), rescaled.max())}
result = stats.fit(stats.lognorm, rescaled, bounds=bounds, optimizer=optimizer)
sigma = result.params.s
scale = result.params.scale * reference
