# /// example
# task = """
# Each movie below has a list of genres. Build the lists as `genres` (one list per movie, in \
# table order) and turn them into a 0/1 indicator matrix with one column per genre, columns in \
# alphabetical order. Store the matrix in `indicators`, the column names in `genre_names`, and \
# the number of movies per genre (column sums) in `genre_counts`.
#
# ```text
# movie  genres
# 1      comedy, drama
# 2      action
# 3      action, comedy, thriller
# 4      drama
# 5      comedy
# ```
#
# Wanted:
#
# ```text
# genre_names = ['action', 'comedy', 'drama', 'thriller']
# indicators =
# [[0 1 1 0]
#  [1 0 0 0]
#  [1 1 0 1]
#  [0 0 1 0]
#  [0 1 0 0]]
# genre_counts = [2 3 2 1]
# ```"""
# prompt = """
# My movies each have several genres stored as lists, in `genres`. For a model I need one 0/1 \
# column per genre (alphabetical): the matrix `indicators`, the column names `genre_names` and how \
# many movies have each genre (`genre_counts`).
#
# ```text
# movie  genres
# 1      comedy, drama
# 2      action
# 3      action, comedy, thriller
# 4      drama
# 5      comedy
# ```
#
# Expected:
#
# ```text
# genre_names = ['action', 'comedy', 'drama', 'thriller']
# indicators =
# [[0 1 1 0]
#  [1 0 0 0]
#  [1 1 0 1]
#  [0 0 1 0]
#  [0 1 0 0]]
# genre_counts = [2 3 2 1]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'list(genre_names) == ["action", "comedy", "drama", "thriller"]',
#     'np.array_equal(np.asarray(indicators), [[0, 1, 1, 0], [1, 0, 0, 0], [1, 1, 0, 1], [0, 0, 1, 0], [0, 1, 0, 0]])',
#     'np.array_equal(np.asarray(genre_counts), [2, 3, 2, 1])',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'nested-data', 'counting']
# ///
from sklearn.preprocessing import MultiLabelBinarizer

genres = [["comedy", "drama"], ["action"], ["action", "comedy", "thriller"], ["drama"], ["comedy"]]

# MultiLabelBinarizer takes a list of label sets per sample and sorts the classes
binarizer = MultiLabelBinarizer()
indicators = binarizer.fit_transform(genres)
genre_names = list(binarizer.classes_)
genre_counts = indicators.sum(axis=0)
