# /// example
# task = """
# Build the outcomes `outcome` and the predicted rain probabilities `p_rain` below, and compute \
# the log loss (natural log) in `logloss` and the Brier score in `brier`.
#
# ```text
# outcome = [1, 0, 1, 1]
# p_rain  = [0.9, 0.2, 0.6, 0.4]
# ```
#
# Wanted:
#
# ```text
# logloss = 0.4389
# brier   = 0.1425
# ```"""
# prompt = """
# I scored four rain forecasts: whether it rained (`outcome`) and the forecast probability of rain \
# (`p_rain`):
#
# ```text
# outcome = [1, 0, 1, 1]
# p_rain  = [0.9, 0.2, 0.6, 0.4]
# ```
#
# Give me the log loss in `logloss` and the Brier score in `brier`:
#
# ```text
# logloss = 0.4389
# brier   = 0.1425
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(logloss, 0.4389, atol=1e-4)',
#     'np.isclose(brier, 0.1425)',
#     'np.isclose(logloss, -np.mean(np.log([0.9, 0.8, 0.6, 0.4])))',
#     'list(np.ravel(outcome)) == [1, 0, 1, 1] and np.allclose(p_rain, [0.9, 0.2, 0.6, 0.4])',
# ]
# difficulty = 'basic'
# tags = ['classifier-scores', 'model-evaluation']
# ///
import numpy as np
from sklearn.metrics import brier_score_loss, log_loss

outcome = np.array([1, 0, 1, 1])
p_rain = np.array([0.9, 0.2, 0.6, 0.4])
# for binary outcomes both metrics take the probability of the positive class
logloss = log_loss(outcome, p_rain)
brier = brier_score_loss(outcome, p_rain)
