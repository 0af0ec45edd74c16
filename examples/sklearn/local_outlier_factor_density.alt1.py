import numpy as np
from sklearn.neighbors import LocalOutlierFactor

detector = LocalOutlierFactor(n_neighbors=20, contamination=0.05).fit(X)
lof_scores = -detector.negative_outlier_factor_
# offset_ is the negated cut-off: samples below it are the outliers
labels = np.where(detector.negative_outlier_factor_ < detector.offset_, -1, 1)
