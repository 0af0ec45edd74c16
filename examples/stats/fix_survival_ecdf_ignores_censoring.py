# /// example
# task = """
# `patients` has follow-up times `time` (months) and `event` (True = death observed, False = \
# censored: the patient was still alive when last seen). This code should estimate the \
# Kaplan-Meier probability of surviving beyond 12 months into `surv_12`, but the value comes out \
# too low:
#
# ```python
# from scipy import stats
#
# surv_12 = stats.ecdf(patients["time"].to_numpy()).sf.evaluate(12)
# ```
#
# Fix it so that censored patients are handled correctly."""
# prompt = """
# I'm estimating survival at 12 months from `patients` (`time` in months, `event` True when the \
# death was observed and False when the patient was censored) with scipy:
#
# ```python
# from scipy import stats
#
# surv_12 = stats.ecdf(patients["time"].to_numpy()).sf.evaluate(12)
# ```
#
# but `surv_12` looks far too pessimistic compared with the Kaplan-Meier curve in our report. \
# What am I doing wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { patients = 'survival' }
# checks = [
#     # the product-limit estimate by hand: censored patients leave the risk set without a death
#     "(lambda t, e: np.isclose(surv_12, np.prod([1 - ((t == s) & e).sum() / (t >= s).sum() for s in np.unique(t[e & (t <= 12)])])))(patients['time'].to_numpy(), patients['event'].to_numpy())",
#     '0 <= surv_12 <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'ecdf', 'applied-science']
# edge_cases = true
# ///
from scipy import stats

# the plain ECDF counted every censored time as a death; CensoredData marks them as right-censored
died = patients["event"].to_numpy()
sample = stats.CensoredData.right_censored(patients["time"].to_numpy(), ~died)
surv_12 = stats.ecdf(sample).sf.evaluate(12)
