# /// example
# task = """
# Count words and two-word phrases in the four recipe titles `titles` below, keeping only terms \
# that appear in at least two titles. Store the kept terms (alphabetical) in `terms` and the \
# title-by-term count matrix as a dense array in `counts`.
#
# ```text
# titles = ["red apple pie", "green apple pie", "apple pie crust", "red wine"]
# ```
#
# Wanted:
#
# ```text
# terms  = ['apple', 'apple pie', 'pie', 'red']
# counts = [[1, 1, 1, 1],
#           [1, 1, 1, 0],
#           [1, 1, 1, 0],
#           [0, 0, 0, 1]]
# ```"""
# prompt = """
# For these 4 `titles` I want single words and bigrams, but only terms that occur in two or more \
# titles:
#
# ```text
# titles = ["red apple pie", "green apple pie", "apple pie crust", "red wine"]
# ```
#
# The vocabulary should come out as `terms` and the counts (dense) as `counts`:
#
# ```text
# terms  = ['apple', 'apple pie', 'pie', 'red']
# counts = [[1, 1, 1, 1],
#           [1, 1, 1, 0],
#           [1, 1, 1, 0],
#           [0, 0, 0, 1]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     "list(terms) == ['apple', 'apple pie', 'pie', 'red']",
#     'np.array_equal(np.asarray(counts), [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 1, 0], [0, 0, 0, 1]])',
#     'len(titles) == 4',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'feature-engineering', 'counting']
# ///
from sklearn.feature_extraction.text import CountVectorizer

titles = ["red apple pie", "green apple pie", "apple pie crust", "red wine"]
# ngram_range=(1, 2) adds bigrams; min_df=2 drops terms found in fewer than two titles
vectorizer = CountVectorizer(ngram_range=(1, 2), min_df=2)
counts = vectorizer.fit_transform(titles).toarray()
terms = vectorizer.get_feature_names_out()
