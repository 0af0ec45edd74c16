# /// example
# task = """
# The table `patients` has right-censored follow-up times: `time` (months) and `event` (True = \
# death observed, False = censored), plus `group`. Estimate the Kaplan-Meier survival function of \
# all patients with `scipy.stats.ecdf` on a `scipy.stats.CensoredData`, kept in `km`. Store the \
# estimated probability of surviving beyond 12 months in `surv_12`, and the median survival time \
# in `median_survival`: the first time at which the estimated survival drops to 0.5 or below, or \
# NaN when it never does."""
# prompt = """
# I have survival data in `patients`: `time` in months, `event` True if the death was observed \
# and False if the patient was censored, and a `group` column I'll ignore for now. Could you fit \
# a Kaplan-Meier curve for everyone with scipy (ecdf on censored data), keep the result in `km`, \
# and tell me the probability of surviving past 12 months (`surv_12`) and the median survival \
# time (`median_survival`), the first time the curve reaches 0.5 or less, NaN if it never gets \
# that low?"""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { patients = 'survival' }
# checks = [
#     # the product-limit estimate by hand: at each observed death time, survival falls by deaths / at risk
#     "(lambda t, e: np.isclose(surv_12, np.prod([1 - ((t == s) & e).sum() / (t >= s).sum() for s in np.unique(t[e & (t <= 12)])])))(patients['time'].to_numpy(), patients['event'].to_numpy())",
#     "(lambda t, e: (lambda s, curve: np.isnan(median_survival) if not (curve <= 0.5).any() else np.isclose(median_survival, s[np.argmax(curve <= 0.5)]))(np.unique(t[e]), np.cumprod([1 - ((t == s) & e).sum() / (t >= s).sum() for s in np.unique(t[e])])))(patients['time'].to_numpy(), patients['event'].to_numpy())",
#     "np.isclose(km.sf.evaluate(12), surv_12)",
# ]
# difficulty = 'intermediate'
# tags = ['applied-science', 'ecdf', 'descriptive-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

observed = patients["event"].to_numpy()
times = patients["time"].to_numpy()
# deaths are exact times; censored patients only tell us they survived past their time
data = stats.CensoredData(uncensored=times[observed], right=times[~observed])
km = stats.ecdf(data)

surv_12 = km.sf.evaluate(12)
below_half = km.sf.quantiles[km.sf.probabilities <= 0.5]
median_survival = below_half[0] if below_half.size else np.nan
