# /// example
# task = """
# Fit a `RandomForestRegressor` (50 trees, `random_state=0`) on a 70% split of `X`, `y` and \
# measure each feature's `permutation_importance` on the held-out 30% (10 repeats); store the \
# result object in `result` and a DataFrame `importance` with columns "mean" and "std" (index \
# "x0", "x1", ...), sorted from most to least important. Draw it on `ax` as horizontal bars with \
# the standard deviations as error bars, most important at the top, with an x label and a title. \
# Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test`."""
# prompt = """
# Fit a random forest regressor (50 trees, random_state=0) on a 70/30 split of `X`, `y` (parts \
# kept as `X_train`, `X_test`, `y_train`, `y_test`) and measure each feature's permutation \
# importance on the held-out 30% with 10 repeats; keep the result object in `result` and a \
# DataFrame `importance` with columns "mean" and "std", indexed "x0", "x1", ..., sorted from most \
# to least important. Plot it on `ax` as horizontal bars with the standard deviations as error \
# bars, most important at the top, with an x label and a title."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'matplotlib']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'result.importances.shape == (X.shape[1], 10)',
#     "len(importance) == X.shape[1] and importance['mean'].is_monotonic_decreasing",
#     "np.allclose(importance.loc[[f'x{i}' for i in range(X.shape[1])], 'mean'], result.importances_mean)",
#     # bar lengths are the mean importances, bottom to top
#     "np.allclose([bar.get_width() for bar in ax.patches], importance['mean'].iloc[::-1])",
#     'figure_summary().axes[0].n_bars == X.shape[1] and figure_summary().axes[0].yticklabels[-1] == importance.index[0]',
#     "figure_summary().axes[0].xlabel != '' and figure_summary().axes[0].title != ''",
#     # a 70/30 split, and the importances are measured on the held-out part
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
# ]
# difficulty = 'advanced'
# tags = ['model-inspection', 'ensemble', 'decision-tree']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.inspection import permutation_importance
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
forest = RandomForestRegressor(n_estimators=50, random_state=0).fit(X_train, y_train)
# the drop in held-out R^2 when one column is shuffled: unlike impurity importance,
# it is measured on unseen data and is not biased towards high-cardinality features
result = permutation_importance(forest, X_test, y_test, n_repeats=10, random_state=0)
importance = pd.DataFrame(
    {"mean": result.importances_mean, "std": result.importances_std},
    index=[f"x{i}" for i in range(X.shape[1])],
).sort_values("mean", ascending=False)

fig, ax = plt.subplots()
# barh draws the first row at the bottom, so reverse to put the largest on top
ordered = importance.iloc[::-1]
ax.barh(ordered.index, ordered["mean"], xerr=ordered["std"], color="tab:blue")
ax.set_xlabel("decrease in R^2 when shuffled")
ax.set_title("Permutation importance (test set)")
