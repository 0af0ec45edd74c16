from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel


def most_similar(docs, query, top=3):
    """Indices of the `top` documents most similar to `query`.

    Documents and query are TF-IDF vectors (TfidfVectorizer with default
    settings, fitted on `docs` only); similarity is the cosine similarity.
    Returns a list of ints, most similar first, ties broken by the lower
    index; at most len(docs) indices.
    """
    tfidf = TfidfVectorizer().fit(docs)
    # TF-IDF rows have unit length, so the linear kernel equals the cosine similarity
    sims = linear_kernel(tfidf.transform([query]), tfidf.transform(docs))[0]
    ranked = sorted(range(len(sims)), key=lambda i: (-sims[i], i))
    return ranked[:top]


matches = most_similar(docs, "great value for the price", top=3)
