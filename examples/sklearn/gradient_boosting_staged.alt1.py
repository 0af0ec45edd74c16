import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=0.7, stratify=y, random_state=2
)

booster = GradientBoostingClassifier(
    n_estimators=100, max_depth=2, learning_rate=0.1, random_state=0
)
booster.fit(X_train, y_train)

# staged_predict yields the predictions after 1, 2, ..., 100 stages
stage_accuracy = np.empty(booster.n_estimators_)
for stage, predicted in enumerate(booster.staged_predict(X_test)):
    stage_accuracy[stage] = np.mean(predicted == y_test)
best_n_stages = int(stage_accuracy.argmax()) + 1  # the first stage reaching the best accuracy
