# /// example
# task = """
# Flag the samples of `X` whose local density is unusually low compared with their neighbours' \
# with `LocalOutlierFactor` (20 neighbours, `contamination=0.05`). Store the +1/-1 \
# inlier/outlier labels in `labels` and the local outlier factor of each sample (about 1 for \
# inliers, larger for outliers) in `lof_scores`."""
# prompt = """
# Which samples in my feature matrix `X` sit in regions much sparser than their neighbours'? Use \
# the local outlier factor with 20 neighbours and expect about 5% outliers (contamination 0.05). \
# Store the +1/-1 inlier/outlier labels in `labels` and each sample's local outlier factor \
# (around 1 for inliers, larger for outliers) in `lof_scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X' }
# checks = [
#     'labels.shape == (len(X),) and set(np.unique(labels)) <= {-1, 1}',
#     # the flagged samples are exactly those with the largest factors, about 5% of them
#     'np.sum(labels == -1) <= 0.05 * len(X) + 1 and (np.all(labels == 1) or lof_scores[labels == -1].min() > lof_scores[labels == 1].max())',
#     '(lambda lof: np.allclose(lof_scores, -lof.negative_outlier_factor_) and np.array_equal(labels, lof.fit_predict(X)))(sklearn.neighbors.LocalOutlierFactor(n_neighbors=20, contamination=0.05).fit(X))',
# ]
# difficulty = 'intermediate'
# tags = ['outliers', 'nearest-neighbors']
# [edge_cases]
# min_size = 21
# why = 'comparing each sample with its 20 nearest neighbours needs at least 21 samples'
# ///
from sklearn.neighbors import LocalOutlierFactor

# contamination sets the cut-off so that about 5% of the samples are labelled -1
lof = LocalOutlierFactor(n_neighbors=20, contamination=0.05)
labels = lof.fit_predict(X)
# negative_outlier_factor_ is the negated factor: flip it so that larger means more isolated
lof_scores = -lof.negative_outlier_factor_
