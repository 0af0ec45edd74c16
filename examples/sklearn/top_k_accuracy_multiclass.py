# /// example
# task = """
# Split `X`, `y` (three classes) into train and test sets (`test_size=0.3`, `random_state=0`, \
# stratified by `y`), fit `LogisticRegression(max_iter=500)` on the training part and store in \
# `top1` and `top2` the test accuracy when the true class must be the first choice and when it \
# may be among the two most probable classes."""
# prompt = """
# For my three-class problem `X`, `y`, hold out 30% (`test_size=0.3`, `random_state=0`, stratified), \
# train a logistic regression (`max_iter=500`) and tell me the usual test accuracy `top1` and the \
# top-2 accuracy `top2` (the true class among the two highest predicted probabilities)."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     '(lambda Xtr, Xte, ytr, yte: np.isclose(top2, np.mean([t in np.argsort(p)[-2:] for t, p in zip(yte, sklearn.linear_model.LogisticRegression(max_iter=500).fit(Xtr, ytr).predict_proba(Xte))])))(*sklearn.model_selection.train_test_split(X, y, test_size=0.3, random_state=0, stratify=y))',
#     '(lambda Xtr, Xte, ytr, yte: np.isclose(top1, np.mean(sklearn.linear_model.LogisticRegression(max_iter=500).fit(Xtr, ytr).predict(Xte) == yte)))(*sklearn.model_selection.train_test_split(X, y, test_size=0.3, random_state=0, stratify=y))',
#     'top1 <= top2 <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'classifier-scores', 'classification']
# edge_cases = { min_size = 40, why = "a stratified 30% split needs at least two samples of each of the three classes" }
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, top_k_accuracy_score
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)
model = LogisticRegression(max_iter=500).fit(X_train, y_train)
proba = model.predict_proba(X_test)
top1 = accuracy_score(y_test, model.predict(X_test))
# labels= tells the metric which class each probability column belongs to
top2 = top_k_accuracy_score(y_test, proba, k=2, labels=model.classes_)
