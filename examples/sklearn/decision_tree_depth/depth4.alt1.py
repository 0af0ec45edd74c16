import sklearn.tree as sktree
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=0.7, stratify=y, random_state=0
)

tree = sktree.DecisionTreeClassifier(max_depth=4, random_state=0).fit(X_train, y_train)
feature_names = ["x" + str(j) for j in range(X_train.shape[1])]
rules = sktree.export_text(tree, feature_names=feature_names)

# score() is the mean accuracy for a classifier
train_accuracy = tree.score(X_train, y_train)
test_accuracy = tree.score(X_test, y_test)
