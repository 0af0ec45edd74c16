# /// example
# task = """
# `docs` is a list of product reviews and `labels` their sentiment (1 = positive). This code \
# should put them in a DataFrame `reviews_df` (columns `text`, `label`), fit a TF-IDF plus \
# logistic regression pipeline `model` (default settings) on the text and store its predicted \
# probability of a positive review for every row in `proba`, but it raises an error:
#
# ```python
# import pandas as pd
# from sklearn.feature_extraction.text import TfidfVectorizer
# from sklearn.linear_model import LogisticRegression
# from sklearn.pipeline import make_pipeline
#
# reviews_df = pd.DataFrame({"text": docs, "label": labels})
# model = make_pipeline(TfidfVectorizer(), LogisticRegression())
# model.fit(reviews_df[["text"]], reviews_df["label"])
# proba = model.predict_proba(reviews_df[["text"]])[:, 1]
# ```
#
# ```text
# ValueError: Found input variables with inconsistent numbers of samples: [1, 120]
# ```
#
# Fix it."""
# prompt = """
# I put my reviews `docs` and sentiment `labels` into a DataFrame `reviews_df` and fit a TF-IDF \
# + logistic regression `model` on the text to get positive-class probabilities `proba`:
#
# ```python
# import pandas as pd
# from sklearn.feature_extraction.text import TfidfVectorizer
# from sklearn.linear_model import LogisticRegression
# from sklearn.pipeline import make_pipeline
#
# reviews_df = pd.DataFrame({"text": docs, "label": labels})
# model = make_pipeline(TfidfVectorizer(), LogisticRegression())
# model.fit(reviews_df[["text"]], reviews_df["label"])
# proba = model.predict_proba(reviews_df[["text"]])[:, 1]
# ```
#
# ```text
# ValueError: Found input variables with inconsistent numbers of samples: [1, 120]
# ```
#
# Where does a single sample come from? I have 120 reviews."""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { docs = 'reviews.docs', labels = 'reviews.labels' }
# checks = [
#     'len(proba) == len(docs)',
#     '(lambda v: np.allclose(proba, sklearn.linear_model.LogisticRegression().fit(v.fit_transform(docs), labels).predict_proba(v.transform(docs))[:, 1]))(sklearn.feature_extraction.text.TfidfVectorizer())',
#     'list(reviews_df.columns) == ["text", "label"] and len(reviews_df) == len(docs)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'text-processing', 'pipeline', 'classification']
# edge_cases = true
# ///
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

reviews_df = pd.DataFrame({"text": docs, "label": labels})
model = make_pipeline(TfidfVectorizer(), LogisticRegression())
# text vectorisers iterate over their input: a one-column DataFrame yields its column name, a Series yields the texts
model.fit(reviews_df["text"], reviews_df["label"])
proba = model.predict_proba(reviews_df["text"])[:, 1]
