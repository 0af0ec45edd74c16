import numpy as np
from sklearn.model_selection import LeaveOneOut, cross_val_score
from sklearn.neighbors import KNeighborsClassifier

X = np.array([[2.0], [3.1], [4.0], [5.2], [6.3], [6.9], [7.6], [9.4], [9.9]])
y = np.array([0, 0, 0, 1, 1, 1, 1, 0, 1])

candidates = [1, 3, 5]
# a held-out point is either right or wrong, so each fold's accuracy is 0 or 1
mean_accuracy = [
    cross_val_score(KNeighborsClassifier(n_neighbors=k), X, y, cv=LeaveOneOut()).mean()
    for k in candidates
]
best_k = candidates[int(np.argmax(mean_accuracy))]
