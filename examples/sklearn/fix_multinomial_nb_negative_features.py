# /// example
# task = """
# This code should fit a multinomial naive Bayes classifier on the numeric features `X` and \
# labels `y` and store the fitted model in `model` and its training accuracy in `train_acc`, \
# but it raises an error:
#
# ```python
# from sklearn.naive_bayes import MultinomialNB
#
# model = MultinomialNB().fit(X, y)
# train_acc = model.score(X, y)
# ```
#
# ```text
# ValueError: Negative values in data passed to MultinomialNB (input X).
# ```
#
# Keep `MultinomialNB` (default settings) and fix it by rescaling every feature to [0, 1] with a \
# `MinMaxScaler` inside a pipeline, so that `model` is the fitted pipeline."""
# prompt = """
# I tried `MultinomialNB` on my features `X` (labels `y`), keeping the model in `model` and the \
# training accuracy in `train_acc`:
#
# ```python
# from sklearn.naive_bayes import MultinomialNB
#
# model = MultinomialNB().fit(X, y)
# train_acc = model.score(X, y)
# ```
#
# ```text
# ValueError: Negative values in data passed to MultinomialNB (input X).
# ```
#
# I'd like to keep multinomial NB: can I squash the features into `[0, 1]` with a `MinMaxScaler` \
# in a pipeline (so `model` is the pipeline)?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'isinstance(model, sklearn.pipeline.Pipeline)',
#     '(lambda z: np.array_equal(model.predict(X), sklearn.naive_bayes.MultinomialNB().fit(z, y).predict(z)))(sklearn.preprocessing.MinMaxScaler().fit_transform(X))',
#     '(lambda z: np.isclose(train_acc, np.mean(sklearn.naive_bayes.MultinomialNB().fit(z, y).predict(z) == y)))(sklearn.preprocessing.MinMaxScaler().fit_transform(X))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'pipeline', 'classification', 'standardization']
# edge_cases = true
# ///
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler

# MultinomialNB models non-negative counts or frequencies; MinMaxScaler maps each feature to [0, 1]
model = make_pipeline(MinMaxScaler(), MultinomialNB()).fit(X, y)
train_acc = model.score(X, y)
