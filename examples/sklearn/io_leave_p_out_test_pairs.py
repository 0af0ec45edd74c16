# /// example
# task = """
# List every split of the four `samples` below that holds out 2 of them for testing, with scikit-learn's `LeavePOut`, storing the test index pairs (in the splitter's order) in `test_pairs` and the number of splits in `n_splits`.
#
# ```text
# samples = ["s0", "s1", "s2", "s3"]
# ```
#
# Wanted (and `n_splits = 6`):
#
# ```text
# test_pairs = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]
# ```"""
# prompt = """
# With only four `samples` I want exhaustive cross-validation that leaves out every possible pair:
#
# ```text
# samples = ["s0", "s1", "s2", "s3"]
# ```
#
# Give me the held-out index pairs as `test_pairs` and how many splits there are as `n_splits` (`n_splits = 6`):
#
# ```text
# test_pairs = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     '[list(map(int, p)) for p in test_pairs] == [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]',
#     'n_splits == 6',
#     'n_splits == math.comb(len(samples), 2)',
# ]
# difficulty = 'basic'
# tags = ['cross-validation']
# ///
from sklearn.model_selection import LeavePOut

samples = ["s0", "s1", "s2", "s3"]
# p=2 gives one split for each of the C(4, 2) = 6 pairs
splitter = LeavePOut(p=2)
test_pairs = [test.tolist() for _, test in splitter.split(samples)]
n_splits = splitter.get_n_splits(samples)
