# /// example
# task = """
# Split the long-format table `rm_long` into train and test rows so that no `subject` appears in \
# both, with `GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=0)` (30% of the subjects \
# go to the test side). Store the row positions in `train_idx` and `test_idx` and the test rows in \
# `test_rows`."""
# prompt = """
# Each subject in `rm_long` has several rows, and I need a test set of subjects the model has never \
# seen: a group-aware shuffle split by `subject` (one split, `test_size=0.3` of the subjects, \
# `random_state=0`). Give me the positional row indices `train_idx` and `test_idx` and the test \
# rows as `test_rows`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(np.concatenate([train_idx, test_idx]).tolist()) == list(range(len(rm_long)))',
#     'set(rm_long["subject"].iloc[train_idx]).isdisjoint(set(rm_long["subject"].iloc[test_idx]))',
#     # test_size is a share of the groups: ceil(0.3 * number of subjects) go to test
#     'rm_long["subject"].iloc[test_idx].nunique() == int(np.ceil(0.3 * rm_long["subject"].nunique()))',
#     'test_rows.equals(rm_long.iloc[test_idx])',
# ]
# difficulty = 'intermediate'
# tags = ['train-test-split', 'cross-validation']
# edge_cases = { min_size = 2, why = "a group split needs at least two subjects" }
# ///
from sklearn.model_selection import GroupShuffleSplit

splitter = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=0)
# groups= keeps all rows of one subject on the same side of the split
train_idx, test_idx = next(splitter.split(rm_long, groups=rm_long["subject"]))
test_rows = rm_long.iloc[test_idx]
