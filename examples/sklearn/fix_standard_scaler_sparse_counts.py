# /// example
# task = """
# This code should turn the reviews `docs` into word counts and scale every word column to unit \
# variance, keeping the matrix sparse, in `scaled`, but it raises an error:
#
# ```python
# from sklearn.feature_extraction.text import CountVectorizer
# from sklearn.preprocessing import StandardScaler
#
# counts = CountVectorizer().fit_transform(docs)
# scaled = StandardScaler().fit_transform(counts)
# ```
#
# ```text
# ValueError: Cannot center sparse matrices: pass `with_mean=False` instead. See docstring for motivation and alternatives.
# ```
#
# Fix it."""
# prompt = """
# I vectorise my review texts `docs` with `CountVectorizer` and want each word column scaled to \
# unit variance, staying sparse, in `scaled`:
#
# ```python
# from sklearn.feature_extraction.text import CountVectorizer
# from sklearn.preprocessing import StandardScaler
#
# counts = CountVectorizer().fit_transform(docs)
# scaled = StandardScaler().fit_transform(counts)
# ```
#
# ```text
# ValueError: Cannot center sparse matrices: pass `with_mean=False` instead. See docstring for motivation and alternatives.
# ```
#
# Why can't it centre them, and what should I do?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'scipy', 'numpy']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'scipy.sparse.issparse(scaled)',
#     # each count column divided by its population standard deviation (columns with zero spread stay as they are)
#     '(lambda C: np.allclose(scaled.toarray(), C / np.where(C.std(axis=0) == 0, 1, C.std(axis=0))))(sklearn.feature_extraction.text.CountVectorizer().fit_transform(docs).toarray().astype(float))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'standardization', 'text-processing']
# edge_cases = true
# ///
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import StandardScaler

counts = CountVectorizer().fit_transform(docs)
# subtracting the mean would fill every zero; with_mean=False only divides, so the matrix stays sparse
scaled = StandardScaler(with_mean=False).fit_transform(counts)
