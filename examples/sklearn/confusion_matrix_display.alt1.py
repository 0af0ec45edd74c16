import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import ConfusionMatrixDisplay
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=8)

forest = RandomForestClassifier(n_estimators=50, random_state=0).fit(X_train, y_train)
y_pred = forest.predict(X_test)

fig, ax = plt.subplots()
# normalize="true" divides each row by its number of true samples
display = ConfusionMatrixDisplay.from_predictions(
    y_test, y_pred, normalize="true", cmap=plt.cm.Blues, values_format=".2f", ax=ax
)
ax.set_title("Normalized confusion matrix")
