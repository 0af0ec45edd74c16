import numpy as np

y_true = np.array([[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1]], dtype=bool)
y_pred = np.array([[1, 0, 0], [0, 1, 0], [1, 0, 1], [0, 0, 1]], dtype=bool)
hamming = np.mean(y_true != y_pred)
both, either = y_true & y_pred, y_true | y_pred
# per article (rows) and per tag (columns): shared tags over tags in either set
jaccard_avg = np.mean(both.sum(axis=1) / either.sum(axis=1))
jaccard_per_tag = both.sum(axis=0) / either.sum(axis=0)
