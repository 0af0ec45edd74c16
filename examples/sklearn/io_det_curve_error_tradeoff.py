# /// example
# task = """
# Compute the detection error tradeoff (DET) points for the fraud labels `is_fraud` and scores `score` below with `det_curve`: false positive rates in `fpr`, false negative rates in `fnr` and the thresholds in `thresholds` (flag when score >= threshold).
#
# ```text
# is_fraud = [0, 0, 1, 1]
# score    = [0.1, 0.4, 0.35, 0.8]
# ```
#
# Wanted:
#
# ```text
# thresholds = [0.35, 0.4, 0.8]
# fpr        = [0.5, 0.5, 0.0]
# fnr        = [0.0, 0.5, 0.5]
# ```"""
# prompt = """
# For a DET plot I need both error rates at each threshold. Labels `is_fraud` and `score`:
#
# ```text
# is_fraud = [0, 0, 1, 1]
# score    = [0.1, 0.4, 0.35, 0.8]
# ```
#
# Give me `fpr`, `fnr` and `thresholds` as `det_curve` returns them:
#
# ```text
# thresholds = [0.35, 0.4, 0.8]
# fpr        = [0.5, 0.5, 0.0]
# fnr        = [0.0, 0.5, 0.5]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(thresholds, [0.35, 0.4, 0.8])',
#     'np.allclose(fpr, [0.5, 0.5, 0.0])',
#     'np.allclose(fnr, [0.0, 0.5, 0.5])',
#     # recomputed at each threshold: share of negatives flagged, share of positives missed
#     'np.allclose(fnr, [np.mean(np.asarray(score)[np.asarray(is_fraud) == 1] < t) for t in thresholds])',
# ]
# difficulty = 'basic'
# tags = ['classifier-scores', 'model-evaluation']
# ///
from sklearn.metrics import det_curve

is_fraud = [0, 0, 1, 1]
score = [0.1, 0.4, 0.35, 0.8]
# det_curve returns (fpr, fnr, thresholds) with thresholds increasing
fpr, fnr, thresholds = det_curve(is_fraud, score)
