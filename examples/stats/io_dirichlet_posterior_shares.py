# /// example
# task = """
# A poll asked 20 people which of three designs they prefer. With a flat Dirichlet(1, 1, 1) \
# prior the posterior for the three shares is Dirichlet(1 + counts). Store the posterior as \
# `posterior`, the posterior mean shares in `mean_shares` and their standard deviations in \
# `sd_shares`.
#
# ```text
# design   A   B   C
# votes   12   5   3
# ```
#
# Wanted (rounded):
#
# ```text
# mean_shares = [0.5652, 0.2609, 0.1739]
# sd_shares   = [0.1012, 0.0896, 0.0774]
# ```"""
# prompt = """
# Votes for three designs:
#
# ```text
# design   A   B   C
# votes   12   5   3
# ```
#
# Using a uniform Dirichlet(1, 1, 1) prior, give me the Dirichlet `posterior`, its mean shares \
# `mean_shares` and posterior standard deviations `sd_shares`. Should come out near
#
# ```text
# mean_shares = [0.5652, 0.2609, 0.1739]
# sd_shares   = [0.1012, 0.0896, 0.0774]
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(mean_shares, [0.5652, 0.2609, 0.1739], atol=5e-5)',
#     'np.allclose(sd_shares, [0.1012, 0.0896, 0.0774], atol=5e-5)',
#     'np.allclose(posterior.mean(), [13 / 23, 6 / 23, 4 / 23])',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'counting']
# ///
import numpy as np
from scipy import stats

votes = np.array([12, 5, 3])
# the conjugate update adds the counts to the prior's concentration parameters
posterior = stats.dirichlet(1 + votes)
mean_shares = posterior.mean()
sd_shares = np.sqrt(posterior.var())
