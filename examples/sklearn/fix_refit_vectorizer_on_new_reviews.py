# /// example
# task = """
# This code trains a bag-of-words sentiment classifier on the reviews `docs` with labels \
# `labels` (1 = positive) and should store in `predicted` the predicted labels of the two \
# reviews in `new_reviews`, but the last line raises an error:
#
# ```python
# from sklearn.feature_extraction.text import CountVectorizer
# from sklearn.linear_model import LogisticRegression
#
# X = CountVectorizer().fit_transform(docs)
# model = LogisticRegression().fit(X, labels)
# new_reviews = ["Terrible, it broke after two days.", "Excellent quality, love it."]
# predicted = model.predict(CountVectorizer().fit_transform(new_reviews))
# ```
#
# ```text
# ValueError: X has 9 features, but LogisticRegression is expecting 78 features as input.
# ```
#
# Fix it, keeping the fitted vectoriser in `vectorizer` and the classifier in `model`."""
# prompt = """
# I trained a sentiment model on my reviews `docs` (labels in `labels`, 1 = positive) and want \
# predictions for two new reviews in `new_reviews`, stored in `predicted`, but predicting fails:
#
# ```python
# from sklearn.feature_extraction.text import CountVectorizer
# from sklearn.linear_model import LogisticRegression
#
# X = CountVectorizer().fit_transform(docs)
# model = LogisticRegression().fit(X, labels)
# new_reviews = ["Terrible, it broke after two days.", "Excellent quality, love it."]
# predicted = model.predict(CountVectorizer().fit_transform(new_reviews))
# ```
#
# ```text
# ValueError: X has 9 features, but LogisticRegression is expecting 78 features as input.
# ```
#
# Why does it break? Keep the fitted vectoriser in `vectorizer` and the classifier in `model`."""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { docs = 'reviews.docs', labels = 'reviews.labels' }
# checks = [
#     "new_reviews == ['Terrible, it broke after two days.', 'Excellent quality, love it.']",
#     # the same model refitted by the checker, new reviews encoded with the training vocabulary
#     "(lambda cv: np.array_equal(predicted, sklearn.linear_model.LogisticRegression().fit(cv.transform(docs), labels).predict(cv.transform(new_reviews))))(sklearn.feature_extraction.text.CountVectorizer().fit(docs))",
#     'sorted(vectorizer.vocabulary_) == sorted(sklearn.feature_extraction.text.CountVectorizer().fit(docs).vocabulary_)',
#     'model.n_features_in_ == len(vectorizer.vocabulary_)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'text-processing', 'classification', 'linear-model']
# edge_cases = true
# ///
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

vectorizer = CountVectorizer()
X = vectorizer.fit_transform(docs)
model = LogisticRegression().fit(X, labels)
new_reviews = ["Terrible, it broke after two days.", "Excellent quality, love it."]
# the bug: a second vectoriser learnt a new vocabulary; transform with the fitted one instead
predicted = model.predict(vectorizer.transform(new_reviews))
