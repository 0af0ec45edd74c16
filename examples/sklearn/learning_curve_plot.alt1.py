import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, learning_curve
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

pipeline = Pipeline([("scale", StandardScaler()), ("logreg", LogisticRegression())])
# the default split for a classifier, spelled out: 5 stratified folds in order
folds = StratifiedKFold(n_splits=5)
train_sizes, train_scores, test_scores = learning_curve(
    pipeline,
    X,
    y,
    train_sizes=np.linspace(0.2, 1.0, 5),
    cv=folds,
    scoring="accuracy",
    shuffle=True,  # draw each training subset at random, not the first rows of a fold
    random_state=0,
)

fig, ax = plt.subplots()
for scores, label in ((train_scores, "training"), (test_scores, "cross-validation")):
    mean = scores.mean(axis=1)
    spread = scores.std(axis=1)
    (line,) = ax.plot(train_sizes, mean, marker="o", label=label)
    ax.fill_between(train_sizes, mean - spread, mean + spread, color=line.get_color(), alpha=0.2)
ax.set_xlabel("Number of training samples")
ax.set_ylabel("Accuracy")
ax.set_title("Learning curve: logistic regression")
ax.legend()
