# /// example
# task = '''
# Write a function `ngram_document_frequency` with the signature and docstring below. Apply it
# to the reviews `docs` with `n=2` and store the dict in `bigram_df`.
#
# ```python
# def ngram_document_frequency(docs, n=2):
#     """Number of documents in which each word n-gram occurs.
#
#     Words are lowercased tokens of two or more letters or digits
#     (CountVectorizer's default tokenizer); a document counts once however
#     often it repeats the n-gram. Returns a dict {ngram: count}; an empty
#     dict when no document has n words.
#     """
# ```'''
# prompt = """
# I'd like to know which word pairs are common across my reviews `docs`. Write \
# `ngram_document_frequency(docs, n=2)` returning `{ngram: number of documents containing it}` \
# (CountVectorizer-style lowercase tokens of 2+ characters, each document counted once, an empty \
# dict when no document is long enough), and run it on `docs` with `n=2` into `bigram_df`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'ngram_document_frequency(["Red apple pie", "red apple red apple", "Green tea"], n=2) == {"red apple": 2, "apple pie": 1, "apple red": 1, "green tea": 1}',
#     'ngram_document_frequency(["a b c", "one", ""], n=2) == {}',
#     'ngram_document_frequency(["big cat sat", "big cat", "cat sat big"], n=1) == {"big": 3, "cat": 3, "sat": 2}',
#     # recomputed with a regular expression and sets of n-grams per document
#     '(lambda sets: bigram_df == {g: sum(g in s for s in sets) for g in set().union(*sets)})([{" ".join(t[i:i + 2]) for i in range(len(t) - 1)} for t in [__import__("re").findall(r"(?u)\b\w\w+\b", str(d).lower()) for d in docs]])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'text-processing', 'counting']
# edge_cases = true
# ///
import numpy as np
from sklearn.feature_extraction.text import CountVectorizer


def ngram_document_frequency(docs, n=2):
    """Number of documents in which each word n-gram occurs.

    Words are lowercased tokens of two or more letters or digits
    (CountVectorizer's default tokenizer); a document counts once however
    often it repeats the n-gram. Returns a dict {ngram: count}; an empty
    dict when no document has n words.
    """
    # binary=True records presence, so column sums count documents, not occurrences
    vectorizer = CountVectorizer(ngram_range=(n, n), binary=True)
    try:
        presence = vectorizer.fit_transform(docs)
    except ValueError:  # empty vocabulary: no document has n words
        return {}
    counts = np.asarray(presence.sum(axis=0)).ravel()
    return {
        term: int(c) for term, c in zip(vectorizer.get_feature_names_out(), counts, strict=True)
    }


bigram_df = ngram_document_frequency(docs, n=2)
