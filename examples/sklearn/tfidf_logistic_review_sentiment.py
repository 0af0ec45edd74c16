# /// example
# task = """
# Fit a scikit-learn pipeline of `TfidfVectorizer` (default settings) and `LogisticRegression` \
# (default settings) on the product reviews `docs` with sentiment `labels` (1 = positive), kept \
# in `model`. Then score the two new reviews `new_reviews` = ["Works great, really happy with \
# it.", "Broke after a week, asked for a refund."]: store the predicted probability that each is \
# positive in `positive_proba` (a 1-D array in the same order)."""
# prompt = """
# I have product reviews in `docs` (a list of strings) with sentiment `labels`, 1 for positive. \
# Train a TF-IDF + logistic regression pipeline on them with default settings for both steps and \
# keep it in `model`. Then give me the probability of being positive for two new reviews, \
# `new_reviews` = ["Works great, really happy with it.", "Broke after a week, asked for a \
# refund."], as a 1-D array `positive_proba` in that order."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { docs = 'reviews.docs', labels = 'reviews.labels' }
# checks = [
#     "new_reviews == ['Works great, really happy with it.', 'Broke after a week, asked for a refund.']",
#     'np.shape(positive_proba) == (2,)',
#     "np.allclose(positive_proba, sklearn.pipeline.make_pipeline(sklearn.feature_extraction.text.TfidfVectorizer(), sklearn.linear_model.LogisticRegression()).fit(docs, labels).predict_proba(new_reviews)[:, 1])",
#     "np.array_equal(model.predict(docs), sklearn.pipeline.make_pipeline(sklearn.feature_extraction.text.TfidfVectorizer(), sklearn.linear_model.LogisticRegression()).fit(docs, labels).predict(docs))",
# ]
# difficulty = 'basic'
# tags = ['classification', 'text-processing', 'pipeline', 'linear-model']
# edge_cases = true
# ///
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

# the vectoriser is fitted inside the pipeline, so new reviews use the training vocabulary
model = make_pipeline(TfidfVectorizer(), LogisticRegression())
model.fit(docs, labels)

new_reviews = ["Works great, really happy with it.", "Broke after a week, asked for a refund."]
positive_proba = model.predict_proba(new_reviews)[:, 1]
