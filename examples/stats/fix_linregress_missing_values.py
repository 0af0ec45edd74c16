# /// example
# task = """
# The trial table `df` has missing `dose` and `response` values. This code should fit a straight \
# line of `response` on `dose` and store the result in `fit`, but every field of `fit` comes out \
# as nan:
#
# ```python
# from scipy import stats
#
# fit = stats.linregress(df["dose"], df["response"])
# ```
#
# Fix it by fitting on the rows where both values are present."""
# prompt = """
# I'm regressing `response` on `dose` in my trial table `df` (some doses and responses are \
# missing) and keeping the result in `fit`:
#
# ```python
# from scipy import stats
#
# fit = stats.linregress(df["dose"], df["response"])
# ```
#
# The slope, intercept and p-value are all nan. I'd like the fit over the rows where both values \
# are present."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { df = 'trial_missing' }
# checks = [
#     # least-squares line over the complete rows only
#     '(lambda x, y: np.allclose([fit.slope, fit.intercept], np.polyfit(x, y, 1), rtol=1e-6, atol=1e-9 * (1 + np.abs(y).max())))(*df[["dose", "response"]].dropna().to_numpy().T)',
#     '0 <= fit.pvalue <= 1 and -1 <= fit.rvalue <= 1',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'regression', 'missing-data']
# [edge_cases]
# min_size = 3
# constant = false
# why = 'a line through the data needs at least three rows with doses that vary'
# ///
from scipy import stats

# linregress does not skip missing values: keep the rows where both are present
complete = df.dropna(subset=["dose", "response"])
fit = stats.linregress(complete["dose"], complete["response"])
