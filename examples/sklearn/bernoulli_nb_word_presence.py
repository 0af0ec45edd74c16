# /// example
# task = """
# Encode which words occur in each review of `docs` (`CountVectorizer(binary=True)`) and fit \
# `BernoulliNB(alpha=1.0)` to the sentiment `labels`. Store the fitted classifier in `nb`, the \
# 0/1 document-term matrix in `presence` and the predicted labels of `docs` in `predicted`."""
# prompt = """
# I'd like a naive Bayes sentiment model that only looks at whether each word is present in a \
# review: binary word indicators from `docs` (`CountVectorizer(binary=True)`) as `presence`, a \
# Bernoulli naive Bayes with Laplace smoothing (`alpha=1.0`) trained on `labels` as `nb`, and its \
# predictions for the training reviews in `predicted`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { docs = 'reviews.docs', labels = 'reviews.labels' }
# checks = [
#     'set(np.unique(presence.toarray())) <= {0, 1} and presence.shape[0] == len(docs)',
#     # Laplace-smoothed P(word present | class) = (documents with the word + 1) / (documents + 2)
#     '(lambda P: np.allclose(np.exp(nb.feature_log_prob_), [(P[labels == c].sum(axis=0) + 1) / (np.sum(labels == c) + 2) for c in nb.classes_]))(presence.toarray())',
#     'np.array_equal(predicted, nb.predict(presence))',
# ]
# difficulty = 'intermediate'
# tags = ['classification', 'text-processing']
# edge_cases = { nan = false, why = "the word-presence model needs a vocabulary: the reviews must contain words" }
# ///
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import BernoulliNB

# binary=True records presence (0/1) rather than counts, matching the Bernoulli model
presence = CountVectorizer(binary=True).fit_transform(docs)
nb = BernoulliNB(alpha=1.0).fit(presence, labels)
predicted = nb.predict(presence)
