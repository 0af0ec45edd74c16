# /// example
# task = """
# Count the words of the product reviews `docs` with `CountVectorizer(stop_words="english")` and, \
# for each sentiment label in `labels` (0 = negative, 1 = positive), find the 5 most frequent \
# words over that label's reviews. Store them in `top_words`, a dict mapping each label (0 and 1) \
# to a list of up to 5 words, most frequent first; only words that occur in that label's reviews \
# count, so a label with fewer distinct words gets a shorter list."""
# prompt = """
# I'd like to see which words dominate the negative and the positive reviews. `docs` is a list of \
# review texts and `labels` says 0 (negative) or 1 (positive). Use CountVectorizer with English \
# stop words removed (`stop_words="english"`) and give me, in a dict `top_words` keyed by label \
# (0 and 1), the 5 most frequent words of each label's reviews, most frequent first. Words that \
# never appear for a label shouldn't be listed, so a label may get fewer than 5."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { docs = 'reviews.docs', labels = 'reviews.labels' }
# checks = [
#     'sorted(top_words) == [0, 1]',
#     # word counts per label recomputed with the vectoriser's default token pattern and stop list
#     "all((lambda counts: [w for w in top_words[c]] == sorted(top_words[c], key=lambda w: -counts.get(w, 0)) and sorted((counts.get(w, 0) for w in top_words[c]), reverse=True) == sorted(counts.values(), reverse=True)[:5] and len(set(top_words[c])) == len(top_words[c]))(__import__('collections').Counter(w for d, lab in zip(docs, labels) if lab == c for w in __import__('re').findall(r'(?u)\\b\\w\\w+\\b', d.lower()) if w not in sklearn.feature_extraction.text.ENGLISH_STOP_WORDS)) for c in (0, 1))",
#     'all(isinstance(w, str) for c in (0, 1) for w in top_words[c])',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'counting', 'sorting']
# edge_cases = true
# ///
import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

vectorizer = CountVectorizer(stop_words="english")
counts = vectorizer.fit_transform(docs)
vocabulary = vectorizer.get_feature_names_out()

top_words = {}
for label in (0, 1):
    # column sums over this label's rows give each word's total count
    totals = np.asarray(counts[labels == label].sum(axis=0)).ravel()
    order = np.argsort(-totals, kind="stable")[:5]
    top_words[label] = [str(vocabulary[i]) for i in order if totals[i] > 0]
