# /// example
# task = """
# Four articles each carry any of three tags (columns `news`, `sport`, `tech`). Build the true and \
# predicted 0/1 tag matrices below as `y_true` and `y_pred` and compute the Hamming loss in \
# `hamming`, the sample-averaged Jaccard score in `jaccard_avg` and the per-tag Jaccard scores in \
# `jaccard_per_tag`.
#
# ```text
# y_true = [[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1]]
# y_pred = [[1, 0, 0], [0, 1, 0], [1, 0, 1], [0, 0, 1]]
# ```
#
# Wanted:
#
# ```text
# hamming         = 0.25
# jaccard_avg     = 0.7083
# jaccard_per_tag = [1.0, 0.5, 0.3333]
# ```"""
# prompt = """
# My multi-label tagger predicts `news`/`sport`/`tech` tags per article. These are the true tags \
# `y_true` and the predicted tags `y_pred`:
#
# ```text
# y_true = [[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1]]
# y_pred = [[1, 0, 0], [0, 1, 0], [1, 0, 1], [0, 0, 1]]
# ```
#
# I'd like the share of wrong tag decisions (`hamming`), the Jaccard score averaged over articles \
# (`jaccard_avg`) and the Jaccard score of each tag (`jaccard_per_tag`):
#
# ```text
# hamming         = 0.25
# jaccard_avg     = 0.7083
# jaccard_per_tag = [1.0, 0.5, 0.3333]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(hamming, 0.25)',
#     'np.isclose(jaccard_avg, 0.7083, atol=1e-4)',
#     'np.allclose(jaccard_per_tag, [1.0, 0.5, 0.3333], atol=1e-4)',
#     # recomputed: intersection over union per row and per column
#     'np.isclose(jaccard_avg, np.mean((np.asarray(y_true) & np.asarray(y_pred)).sum(axis=1) / (np.asarray(y_true) | np.asarray(y_pred)).sum(axis=1)))',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'classification']
# ///
import numpy as np
from sklearn.metrics import hamming_loss, jaccard_score

y_true = np.array([[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1]])
y_pred = np.array([[1, 0, 0], [0, 1, 0], [1, 0, 1], [0, 0, 1]])
hamming = hamming_loss(y_true, y_pred)
# average="samples" scores each article's tag set; average=None returns one score per tag column
jaccard_avg = jaccard_score(y_true, y_pred, average="samples")
jaccard_per_tag = jaccard_score(y_true, y_pred, average=None)
