# /// example
# task = """
# Randomly split `trial` into a training set `train` holding 80% of the rows and a test set \
# `test` with all remaining rows: shuffle the rows with `sample(frac=1, random_state=0)` and cut \
# the shuffled frame by position with `iloc`. Selecting the rest by label (`drop(train.index)`) \
# would be wrong when the index has duplicate labels: it also drops unsampled rows that share a \
# label with a sampled one."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(train) + len(test) == len(trial)',
#     'len(train) == round(0.8 * len(trial))',
#     # together the two sets hold every row of trial exactly once (index included)
#     'np.array_equal(np.sort(pd.util.hash_pandas_object(pd.concat([train, test])).to_numpy()), np.sort(pd.util.hash_pandas_object(trial).to_numpy()))',
#     'test.index.isin(trial.index).all()',
# ]
# difficulty = 'basic'
# tags = ['sampling', 'train-test-split']
# edge_cases = true
# ///
shuffled = trial.sample(frac=1, random_state=0)
n_train = round(0.8 * len(trial))
# positions, not labels: correct whatever the index holds
train = shuffled.iloc[:n_train]
test = shuffled.iloc[n_train:]
