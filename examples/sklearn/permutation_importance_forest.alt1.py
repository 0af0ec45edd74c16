import matplotlib.pyplot as plt
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, train_size=0.7, random_state=1)
forest = RandomForestRegressor(n_estimators=50, random_state=0).fit(X_train, y_train)

result = permutation_importance(forest, X_test, y_test, n_repeats=10, random_state=0)
importance = pd.DataFrame(
    {"mean": result.importances_mean, "std": result.importances_std},
    index=[f"x{j}" for j in range(X.shape[1])],
).sort_values("mean", ascending=False)

fig, ax = plt.subplots()
# barh draws the first row at the bottom: reverse so the most important feature is on top
ordered = importance.iloc[::-1]
ax.barh(ordered.index, ordered["mean"], xerr=ordered["std"], capsize=3)
ax.set_xlabel("Decrease in R^2 when the feature is permuted")
ax.set_title("Permutation importance (test set)")
