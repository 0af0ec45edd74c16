# /// example
# task = """
# Split the feature matrix `X` into `X_train` (70%) and `X_test` (30%), fit a `StandardScaler` on \
# the training part only and use it to transform both parts into `X_train_scaled` and \
# `X_test_scaled`."""
# prompt = """
# Split my feature matrix `X` into `X_train` (70%) and `X_test` (30%), fit a standard scaler on \
# the training part only so nothing leaks from the test set, and transform both parts into \
# `X_train_scaled` and `X_test_scaled`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'reg.X' }
# checks = [
#     'X_train_scaled.shape == X_train.shape and X_test_scaled.shape == X_test.shape',
#     'np.allclose(X_train_scaled.mean(axis=0), 0) and np.allclose(X_train_scaled.std(axis=0), 1)',
#     'np.allclose(X_test_scaled, (X_test - X_train.mean(axis=0)) / X_train.std(axis=0))',
#     'len(X_train) + len(X_test) == len(X) and abs(len(X_train) - 0.7 * len(X)) <= 1',
# ]
# difficulty = 'basic'
# tags = ['standardization', 'pipeline', 'train-test-split']
# edge_cases = true
# ///
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X_train, X_test = train_test_split(X, test_size=0.3, random_state=0)
# learn mean and scale from the training part only, so no test information leaks in
scaler = StandardScaler().fit(X_train)
X_train_scaled = scaler.transform(X_train)
X_test_scaled = scaler.transform(X_test)
