# /// example
# task = """
# This code builds the matrix `similarity` of cosine similarities between the TF-IDF vectors \
# (default `TfidfVectorizer`) of all pairs of reviews in `docs` (0 where a review has no terms), \
# with a slow double loop over dense vectors:
#
# ```python
# import numpy as np
# from sklearn.feature_extraction.text import TfidfVectorizer
#
# vectors = TfidfVectorizer().fit_transform(docs).toarray()
# n = len(vectors)
# similarity = np.zeros((n, n))
# for i in range(n):
#     for j in range(n):
#         norm = np.linalg.norm(vectors[i]) * np.linalg.norm(vectors[j])
#         similarity[i, j] = vectors[i] @ vectors[j] / norm if norm > 0 else 0.0
# ```
#
# Compute the same `similarity` without the loops, keeping the TF-IDF matrix sparse until the end."""
# prompt = """
# I compare every review in `docs` with every other one by cosine similarity of their TF-IDF vectors \
# and store the matrix in `similarity` (0 for an empty review), but my loop is far too slow:
#
# ```python
# import numpy as np
# from sklearn.feature_extraction.text import TfidfVectorizer
#
# vectors = TfidfVectorizer().fit_transform(docs).toarray()
# n = len(vectors)
# similarity = np.zeros((n, n))
# for i in range(n):
#     for j in range(n):
#         norm = np.linalg.norm(vectors[i]) * np.linalg.norm(vectors[j])
#         similarity[i, j] = vectors[i] @ vectors[j] / norm if norm > 0 else 0.0
# ```
#
# Is there a vectorised way that doesn't densify the whole TF-IDF matrix?"""
# task_type = 'performance'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'np.shape(similarity) == (len(docs), len(docs))',
#     # TF-IDF rows are L2-normalised, so the cosine is the plain dot product
#     '(lambda V: np.allclose(np.asarray(similarity), (V @ V.T).toarray(), atol=1e-10))(sklearn.feature_extraction.text.TfidfVectorizer().fit_transform(docs))',
#     'np.allclose(np.asarray(similarity), np.asarray(similarity).T)',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'text-processing']
# edge_cases = { nan = false, why = "TF-IDF needs a vocabulary: the reviews must contain words" }
# ///
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

vectors = TfidfVectorizer().fit_transform(docs)
# works on the sparse matrix directly; an all-zero row gets similarity 0
similarity = cosine_similarity(vectors)
