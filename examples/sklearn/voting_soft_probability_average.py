# /// example
# task = """
# Split `X`, `y` with `train_test_split(X, y, test_size=0.25, random_state=0)`. Combine \
# `LogisticRegression(max_iter=500)`, `GaussianNB()` and `DecisionTreeClassifier(max_depth=3, \
# random_state=0)` in a soft-voting `VotingClassifier`, fit it on the training part and store \
# the test-set class probabilities in `proba` and the test accuracy in `accuracy`."""
# prompt = """
# I'd like to average the predicted probabilities of three different models on `X`, `y`: a \
# logistic regression (`max_iter=500`), Gaussian naive Bayes and a depth-3 decision tree \
# (`random_state=0`). Hold out a quarter of the rows (`test_size=0.25`, `random_state=0`), fit \
# the soft-voting ensemble, and give me the test probabilities `proba` and the accuracy `accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # soft voting = unweighted mean of the members' probabilities
#     '(lambda Xtr, Xte, ytr, yte: np.allclose(proba, np.mean([m.fit(Xtr, ytr).predict_proba(Xte) for m in [sklearn.linear_model.LogisticRegression(max_iter=500), sklearn.naive_bayes.GaussianNB(), sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0)]], axis=0)))(*sklearn.model_selection.train_test_split(X, y, test_size=0.25, random_state=0))',
#     '(lambda Xtr, Xte, ytr, yte: np.isclose(accuracy, np.mean(np.unique(ytr)[np.argmax(proba, axis=1)] == yte)))(*sklearn.model_selection.train_test_split(X, y, test_size=0.25, random_state=0))',
# ]
# difficulty = 'intermediate'
# tags = ['ensemble', 'classification', 'classifier-scores']
# edge_cases = { min_size = 40, why = "each training part must contain both classes for every member to output two probability columns" }
# ///
from sklearn.ensemble import VotingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.tree import DecisionTreeClassifier

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
ensemble = VotingClassifier(
    estimators=[
        ("logreg", LogisticRegression(max_iter=500)),
        ("nb", GaussianNB()),
        ("tree", DecisionTreeClassifier(max_depth=3, random_state=0)),
    ],
    # "soft" averages predict_proba instead of counting hard votes
    voting="soft",
)
ensemble.fit(X_train, y_train)
proba = ensemble.predict_proba(X_test)
accuracy = ensemble.score(X_test, y_test)
