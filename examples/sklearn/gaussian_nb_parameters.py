# /// example
# task = """
# Fit a `GaussianNB` classifier to the multi-class data `X`, `y`; store the model in `model`, the \
# per-class feature means it learned in `class_means`, the class priors in `priors` and the \
# predicted class probabilities for `X` in `proba`."""
# prompt = """
# Fit a Gaussian naive Bayes classifier to my multi-class data `X`, `y` as `model`, and pull out \
# what it learned: the per-class feature means in `class_means`, the class priors in `priors`, \
# and the predicted class probabilities for `X` in `proba`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'class_means.shape == (len(np.unique(y)), X.shape[1])',
#     'np.allclose(class_means, [X[y == c].mean(axis=0) for c in model.classes_])',
#     'np.allclose(priors, np.bincount(y) / len(y))',
#     'proba.shape == (len(y), len(np.unique(y))) and np.allclose(proba.sum(axis=1), 1)',
#     # the columns of predict_proba follow model.classes_
#     'np.array_equal(model.classes_[proba.argmax(axis=1)], model.predict(X))',
# ]
# difficulty = 'basic'
# tags = ['classification', 'classifier-scores']
# edge_cases = true
# ///
from sklearn.naive_bayes import GaussianNB

model = GaussianNB().fit(X, y)
# one mean and variance per class and feature; priors default to the class frequencies
class_means = model.theta_
priors = model.class_prior_
proba = model.predict_proba(X)
