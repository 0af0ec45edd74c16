# /// example
# task = """
# Turn the short abstracts in `documents` into a TF-IDF matrix `tfidf` with `TfidfVectorizer` \
# (English stop words removed) and reduce it to 2 latent topics with `TruncatedSVD` (which works \
# on sparse input, unlike PCA); store the document coordinates in `doc_topics` and, for each \
# topic, its 3 highest-weighted terms in the list `top_terms`. Keep the fitted vectorizer as \
# `vectorizer`."""
# prompt = """
# I have a handful of short abstracts: make a small list `documents` of about six, some on \
# protein folding and molecular dynamics, some on galaxy clusters and radio telescopes. Turn them \
# into a TF-IDF matrix `tfidf` with English stop words removed (fitted vectorizer in \
# `vectorizer`), reduce it to 2 latent topics with truncated SVD, which works on sparse input \
# unlike PCA, and store the document coordinates in `doc_topics` and, for each topic, its 3 \
# highest-weighted terms in the list `top_terms`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'tfidf.shape[0] == len(documents) and tfidf.shape[1] == len(vectorizer.vocabulary_)',
#     'doc_topics.shape == (len(documents), 2)',
#     'len(top_terms) == 2 and all(len(t) == 3 for t in top_terms)',
#     'all(term in vectorizer.vocabulary_ for topic in top_terms for term in topic)',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'dimensionality-reduction']
# ///
import numpy as np
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer

documents = [
    "protein folding simulated with molecular dynamics",
    "molecular dynamics of protein membranes",
    "protein structure prediction from sequence",
    "galaxy clusters observed with radio telescopes",
    "radio telescope survey of distant galaxy clusters",
    "dark matter in galaxy rotation curves",
]
vectorizer = TfidfVectorizer(stop_words="english")
tfidf = vectorizer.fit_transform(documents)  # sparse, documents x vocabulary
svd = TruncatedSVD(n_components=2, random_state=0)
doc_topics = svd.fit_transform(tfidf)
terms = vectorizer.get_feature_names_out()
top_terms = [list(terms[np.argsort(component)[::-1][:3]]) for component in svd.components_]
