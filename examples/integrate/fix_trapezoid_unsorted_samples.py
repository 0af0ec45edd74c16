# /// example
# task = """
# The table `df` holds readings in random row order. This code should integrate `humidity` as a \
# function of `temperature` over the observed temperature range by the trapezoidal rule, \
# averaging readings taken at the same temperature, and store the area in `area`; it runs, but \
# the area comes out negative and changes when the rows are shuffled:
#
# ```python
# from scipy.integrate import trapezoid
#
# area = trapezoid(df["humidity"], df["temperature"])
# ```
#
# Fix it."""
# prompt = """
# I want the area under humidity versus temperature from my readings table `df` (trapezoidal \
# rule over the observed temperature range; readings at the same temperature should be averaged \
# first), stored in `area`:
#
# ```python
# from scipy.integrate import trapezoid
#
# area = trapezoid(df["humidity"], df["temperature"])
# ```
#
# The rows are in no particular order, and the area I get is negative and changes if I shuffle \
# them. What's wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'pandas']
# inputs = { df = 'measurements' }
# checks = [
#     # trapezoids between consecutive distinct temperatures, each carrying the mean humidity there
#     '(lambda temps, codes: (lambda mean_hum: np.isclose(area, np.sum(np.diff(temps) * (mean_hum[1:] + mean_hum[:-1]) / 2), rtol=1e-9, atol=1e-9 * np.ptp(temps) * np.abs(df["humidity"]).max()))(np.bincount(codes, weights=df["humidity"].to_numpy()) / np.bincount(codes)))(*np.unique(df["temperature"].to_numpy(), return_inverse=True))',
#     'np.ndim(area) == 0 and np.isfinite(area)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'sampled-data', 'sorting']
# edge_cases = true
# ///
from scipy.integrate import trapezoid

# trapezoid takes the samples in the order given: average equal temperatures, which also sorts them
curve = df.groupby("temperature")["humidity"].mean()
area = trapezoid(curve.to_numpy(), curve.index.to_numpy())
