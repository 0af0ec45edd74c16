# /// example
# task = """
# A tagger scores three tags for two items. With the true tag indicators `true_tags` and the scores `tag_score` below, compute the label ranking average precision in `lrap`, the coverage error (how far down the ranking one must go to cover every true tag, on average) in `coverage` and the ranking loss in `rank_loss`.
#
# ```text
# true_tags = [[1, 0, 0],
#              [0, 0, 1]]
# tag_score = [[0.75, 0.5, 1.0],
#              [1.0, 0.2, 0.1]]
# ```
#
# Wanted:
#
# ```text
# lrap     = 0.4167
# coverage = 2.5
# rank_loss = 0.75
# ```"""
# prompt = """
# My multi-label model ranks tags per item rather than picking them. Truth `true_tags` and scores `tag_score`:
#
# ```text
# true_tags = [[1, 0, 0],
#              [0, 0, 1]]
# tag_score = [[0.75, 0.5, 1.0],
#              [1.0, 0.2, 0.1]]
# ```
#
# How good are the rankings? I'd like `lrap`, `coverage` and `rank_loss`:
#
# ```text
# lrap     = 0.4167
# coverage = 2.5
# rank_loss = 0.75
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(lrap, 0.4167, atol=1e-4)',
#     'np.isclose(coverage, 2.5)',
#     'np.isclose(rank_loss, 0.75)',
#     # coverage: the true tag ranks 2nd for item 0 and 3rd for item 1
#     'np.isclose(coverage, np.mean([np.sum(np.asarray(s) >= np.min(np.asarray(s)[np.asarray(t) == 1])) for t, s in zip(true_tags, tag_score)]))',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'ranking']
# ///
import numpy as np
from sklearn.metrics import (
    coverage_error,
    label_ranking_average_precision_score,
    label_ranking_loss,
)

true_tags = np.array([[1, 0, 0], [0, 0, 1]])
tag_score = np.array([[0.75, 0.5, 1.0], [1.0, 0.2, 0.1]])
# all three judge the ordering of the scores, not a thresholded prediction
lrap = label_ranking_average_precision_score(true_tags, tag_score)
coverage = coverage_error(true_tags, tag_score)
rank_loss = label_ranking_loss(true_tags, tag_score)
