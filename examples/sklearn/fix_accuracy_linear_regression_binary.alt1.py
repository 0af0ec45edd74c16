from sklearn.linear_model import LogisticRegression

# a classifier's score() is its accuracy on the given data
clf = LogisticRegression(max_iter=500).fit(X, y)
accuracy = clf.score(X, y)
