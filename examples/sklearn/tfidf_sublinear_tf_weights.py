# /// example
# task = """
# Vectorise the reviews `docs` with `TfidfVectorizer(sublinear_tf=True)` (term frequency replaced \
# by 1 + log(tf)) and store the sparse document-term matrix in `tfidf` and the vocabulary in \
# column order in `vocab`."""
# prompt = """
# Some of my reviews `docs` repeat a word many times, and I don't want that to dominate. Use TF-IDF \
# with logarithmic term frequency (`sublinear_tf=True`) and give me the matrix as `tfidf` and the \
# terms in column order as `vocab`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'tfidf.shape == (len(docs), len(vocab))',
#     # recomputed: (1 + log tf) * smooth idf, then each row L2-normalised
#     '(lambda C: (lambda W: np.allclose(tfidf.toarray(), W / np.where(np.linalg.norm(W, axis=1, keepdims=True) == 0, 1, np.linalg.norm(W, axis=1, keepdims=True))))(np.where(C > 0, 1 + np.log(np.where(C > 0, C, 1)), 0) * (np.log((1 + len(docs)) / (1 + (C > 0).sum(axis=0))) + 1)))(sklearn.feature_extraction.text.CountVectorizer(vocabulary=list(vocab)).fit_transform(docs).toarray().astype(float))',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'feature-engineering']
# edge_cases = { nan = false, why = "TF-IDF needs a vocabulary: the reviews must contain words" }
# ///
from sklearn.feature_extraction.text import TfidfVectorizer

# sublinear_tf dampens repeated words: a term seen 10 times weighs 1 + log(10), not 10
vectorizer = TfidfVectorizer(sublinear_tf=True)
tfidf = vectorizer.fit_transform(docs)
vocab = vectorizer.get_feature_names_out()
