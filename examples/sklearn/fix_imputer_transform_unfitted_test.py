# /// example
# task = """
# `survey` is a numeric table with missing values. This code splits it into `train` and `test` \
# (20% test, `random_state=0`) and should fill the gaps of both parts with the column medians of \
# `train` only, as arrays `train_filled` and `test_filled`, but it raises an error:
#
# ```python
# from sklearn.impute import SimpleImputer
# from sklearn.model_selection import train_test_split
#
# train, test = train_test_split(survey, test_size=0.2, random_state=0)
# train_filled = SimpleImputer(strategy="median").fit_transform(train)
# test_filled = SimpleImputer(strategy="median").transform(test)
# ```
#
# ```text
# NotFittedError: This SimpleImputer instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.
# ```
#
# Fix it."""
# prompt = """
# My table `survey` has missing values. I split it into `train` and `test` (20% test, \
# `random_state=0`) and want to fill the gaps in both with medians learned from the training \
# part only, giving `train_filled` and `test_filled`. I only called `transform` on the test set \
# so as not to fit on it:
#
# ```python
# from sklearn.impute import SimpleImputer
# from sklearn.model_selection import train_test_split
#
# train, test = train_test_split(survey, test_size=0.2, random_state=0)
# train_filled = SimpleImputer(strategy="median").fit_transform(train)
# test_filled = SimpleImputer(strategy="median").transform(test)
# ```
#
# ```text
# NotFittedError: This SimpleImputer instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.
# ```"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     'len(test) == math.ceil(0.2 * len(survey)) and len(train) + len(test) == len(survey)',
#     'np.allclose(train_filled, train.fillna(train.median()).to_numpy())',
#     # the test gaps get the training medians, not the test medians
#     'np.allclose(test_filled, test.fillna(train.median()).to_numpy())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'imputation', 'missing-data', 'train-test-split']
# [edge_cases]
# min_size = 5
# why = 'a 20% test part needs at least one row and the training part at least four'
# ///
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split

train, test = train_test_split(survey, test_size=0.2, random_state=0)
# fit one imputer on the training part and reuse it: a new imputer has learned no medians
imputer = SimpleImputer(strategy="median")
train_filled = imputer.fit_transform(train)
test_filled = imputer.transform(test)
