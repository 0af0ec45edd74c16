# /// example
# task = """
# Randomly split the survey responses `survey` into a training set `train` holding 80% of the \
# rows and a test set `test` with all remaining rows: shuffle the rows with \
# `sample(frac=1, random_state=0)` and cut the shuffled frame by position with `iloc`. Selecting \
# the rest by label (`drop(train.index)`) would be wrong when the index has duplicate labels: it \
# also drops unsampled rows that share a label with a sampled one."""
# prompt = """
# Randomly split my survey responses `survey` into a training set `train` with 80% of the rows \
# (round(0.8 * len(survey)) of them) and a test set `test` with all the rest: shuffle with \
# sample(frac=1, random_state=0) and cut the shuffled frame by position. Don't pick the test rows \
# by label with drop(train.index), since the index can have duplicate labels and that would also \
# drop unsampled rows sharing a label."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'len(train) + len(test) == len(survey)',
#     'len(train) == round(0.8 * len(survey))',
#     # together the two sets hold every row of survey exactly once (index included)
#     'np.array_equal(np.sort(pd.util.hash_pandas_object(pd.concat([train, test])).to_numpy()), np.sort(pd.util.hash_pandas_object(survey).to_numpy()))',
#     'test.index.isin(survey.index).all()',
# ]
# difficulty = 'basic'
# tags = ['train-test-split', 'indexing']
# edge_cases = true
# ///
shuffled = survey.sample(frac=1, random_state=0)
n_train = round(0.8 * len(survey))
# positions, not labels: correct whatever the index holds
train = shuffled.iloc[:n_train]
test = shuffled.iloc[n_train:]
