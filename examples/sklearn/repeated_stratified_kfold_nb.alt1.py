from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate
from sklearn.naive_bayes import GaussianNB

splitter = RepeatedStratifiedKFold(n_splits=3, n_repeats=2, random_state=0)
# cross_validate returns a dict; accuracy is the default score of a classifier
result = cross_validate(GaussianNB(), X, y, cv=splitter)
scores = result["test_score"]
mean_acc, std_acc = scores.mean(), scores.std()
