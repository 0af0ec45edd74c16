# /// example
# task = '''
# Write a function `most_similar` with the signature and docstring below. Apply it to the
# reviews `docs` with the query "great value for the price" and `top=3`, storing the list in `matches`.
#
# ```python
# def most_similar(docs, query, top=3):
#     """Indices of the `top` documents most similar to `query`.
#
#     Documents and query are TF-IDF vectors (TfidfVectorizer with default
#     settings, fitted on `docs` only); similarity is the cosine similarity.
#     Returns a list of ints, most similar first, ties broken by the lower
#     index; at most len(docs) indices.
#     """
# ```'''
# prompt = '''
# I want a tiny search over my review texts `docs`: `most_similar(docs, query, top=3)` should fit
# a default `TfidfVectorizer` on the documents, compare the query by cosine similarity and return
# the indices of the `top` best matches (best first, lower index wins a tie, never more than
# there are documents). Run it for the query "great value for the price" with `top=3` and keep the
# result in `matches`.'''
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'most_similar(["red apple pie", "green apple", "blue car engine", "apple apple pie"], "apple pie", top=2) == [3, 0]',
#     # asking for more than there are documents returns all of them; the unrelated one ties at 0 and comes last
#     'most_similar(["the cat sat", "dogs bark loudly", "a cat and a dog"], "cat", top=5) == [0, 2, 1]',
#     'most_similar(["alpha beta", "beta gamma", "gamma delta"], "gamma", top=1) == [1]',
#     # recomputed: L2-normalised TF-IDF rows, so the cosine is a dot product
#     '(lambda v: (lambda s: list(matches) == [int(i) for i in np.argsort(-s, kind="stable")[:3]])((v.transform(docs) @ v.transform(["great value for the price"]).T).toarray().ravel()))(sklearn.feature_extraction.text.TfidfVectorizer().fit(docs))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'text-processing', 'nearest-neighbors']
# edge_cases = { nan = false, why = "TF-IDF needs a vocabulary: the reviews must contain words" }
# ///
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity


def most_similar(docs, query, top=3):
    """Indices of the `top` documents most similar to `query`.

    Documents and query are TF-IDF vectors (TfidfVectorizer with default
    settings, fitted on `docs` only); similarity is the cosine similarity.
    Returns a list of ints, most similar first, ties broken by the lower
    index; at most len(docs) indices.
    """
    vectorizer = TfidfVectorizer()
    doc_vectors = vectorizer.fit_transform(docs)
    similarity = cosine_similarity(vectorizer.transform([query]), doc_vectors).ravel()
    # a stable sort on the negated similarity keeps lower indices first among ties
    order = np.argsort(-similarity, kind="stable")
    return [int(i) for i in order[:top]]


matches = most_similar(docs, "great value for the price", top=3)
