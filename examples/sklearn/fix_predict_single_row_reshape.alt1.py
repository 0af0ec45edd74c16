from sklearn.neighbors import KNeighborsClassifier

knn = KNeighborsClassifier(n_neighbors=5)
knn.fit(X[1:], y[1:])
# reshape(1, -1): one sample, as many features as the row has
first_label = knn.predict(X[0].reshape(1, -1))[0]
