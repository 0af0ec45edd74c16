import matplotlib.pyplot as plt
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
model = RandomForestRegressor(n_estimators=50, random_state=0)
model.fit(X_train, y_train)

result = permutation_importance(model, X_test, y_test, n_repeats=10, random_state=0)
names = [f"x{j}" for j in range(X.shape[1])]
importance = pd.DataFrame(
    {"mean": result.importances_mean, "std": result.importances_std}, index=names
)
importance = importance.sort_values(by="mean", ascending=False)

fig, ax = plt.subplots()
# pandas draws the first row at the bottom, so plot in ascending order to put the top feature on top
importance[::-1].plot.barh(y="mean", xerr="std", ax=ax, legend=False)
ax.set_xlabel("Mean importance (drop in R^2)")
ax.set_title("Permutation importance of the forest's features")
