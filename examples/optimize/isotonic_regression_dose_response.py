# /// example
# task = """
# Fit a non-decreasing dose-response curve to the table `df` (numeric columns `dose` and \
# `response`): average `response` over the rows of each distinct `dose`, then run \
# `scipy.optimize.isotonic_regression` on those means in increasing dose order, weighting each \
# mean by its number of rows. Store the distinct doses (ascending) in `doses` and the fitted \
# values in `fitted`."""
# prompt = """
# In my trial table `df`, the `response` should only go up with `dose`, but the raw averages \
# wiggle. Fit a monotone non-decreasing curve by isotonic regression: average `response` for \
# each distinct `dose`, and fit those means in increasing dose order, weighting each by how many \
# rows it came from. Give me the sorted distinct doses in `doses` and the fitted values in \
# `fitted`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'pandas', 'numpy']
# inputs = { df = 'trial' }
# checks = [
#     'np.array_equal(np.asarray(doses), np.unique(df["dose"]))',
#     # scikit-learn's isotonic regression pools tied doses into their weighted mean the same way
#     'np.allclose(fitted, sklearn.isotonic.IsotonicRegression().fit(df["dose"], df["response"]).predict(np.unique(df["dose"])), rtol=1e-9, atol=1e-9 * df["response"].abs().max())',
#     'np.all(np.diff(fitted) >= -1e-9 * df["response"].abs().max())',
#     # pooling keeps the count-weighted total of the responses
#     'np.isclose(np.sum(np.asarray(fitted) * df.groupby("dose")["response"].size().to_numpy()), df["response"].sum(), atol=1e-9 * len(df) * df["response"].abs().max())',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'groupby', 'least-squares']
# requires = { scipy = ">=1.12" }
# edge_cases = true
# ///
from scipy.optimize import isotonic_regression

by_dose = df.groupby("dose")["response"].agg(["mean", "size"])
doses = by_dose.index.to_numpy()
# weights make a dose seen 10 times count 10 times as much as a dose seen once
result = isotonic_regression(
    by_dose["mean"].to_numpy(), weights=by_dose["size"].to_numpy(), increasing=True
)
fitted = result.x
