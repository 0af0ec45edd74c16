# /// example
# task = """
# The table `patients` has right-censored survival times: `time` (months), `event` (True = death \
# observed) and `group` ("A" or "B"). Compare the survival of the two groups with a two-sided \
# log-rank test (`scipy.stats.logrank`), storing its statistic and p-value as floats in \
# `statistic` and `pvalue`; both are NaN when the test is undefined: a group without patients, or \
# a zero variance (no death while patients of both groups are at risk). Also store each group's \
# Kaplan-Meier median survival in `median_by_group`, a dict {"A": ..., "B": ...}: the first time \
# the group's survival estimate is 0.5 or below, NaN when it never is."""
# prompt = """
# Do groups A and B in `patients` survive differently? The table has `time` (months), `event` \
# (True if the death was observed, False if censored) and `group`. Please run a two-sided \
# log-rank test and put its statistic and p-value in `statistic` and `pvalue` (NaN for both if \
# the test is undefined: an empty group, or no death while both groups still have patients at \
# risk, which makes its variance zero), and give me the Kaplan-Meier median survival of each \
# group in a dict `median_by_group` with keys "A" and "B": the first time a group's curve reaches \
# 0.5 or less, NaN if it never does (or if the group has no patients)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { patients = 'survival' }
# checks = [
#     # the log-rank z by hand: observed minus expected deaths in A over its hypergeometric variance
#     "(lambda t, e, a: (lambda s: (lambda oe, v: np.isnan(statistic) and np.isnan(pvalue) if v == 0 else np.isclose(abs(statistic), abs(oe) / np.sqrt(v)) and np.isclose(pvalue, 2 * scipy.stats.norm.sf(abs(oe) / np.sqrt(v))))(sum(((t == u) & e & a).sum() - ((t == u) & e).sum() * (a & (t >= u)).sum() / (t >= u).sum() for u in s), sum(((t == u) & e).sum() * ((a & (t >= u)).sum() / (t >= u).sum()) * (1 - (a & (t >= u)).sum() / (t >= u).sum()) * ((t >= u).sum() - ((t == u) & e).sum()) / max((t >= u).sum() - 1, 1) for u in s)))(np.unique(t[e])))(patients['time'].to_numpy(), patients['event'].to_numpy(), (patients['group'] == 'A').to_numpy())",
#     "sorted(median_by_group) == ['A', 'B']",
#     "all((lambda t, e: (lambda s, curve: np.isnan(median_by_group[g]) if not (curve <= 0.5).any() else np.isclose(median_by_group[g], s[np.argmax(curve <= 0.5)]))(np.unique(t[e]), np.cumprod([1 - ((t == u) & e).sum() / (t >= u).sum() for u in np.unique(t[e])])))(patients.loc[patients['group'] == g, 'time'].to_numpy(), patients.loc[patients['group'] == g, 'event'].to_numpy()) for g in ('A', 'B'))",
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'two-sample', 'applied-science', 'nonparametric']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def censored(frame):
    observed = frame["event"].to_numpy()
    times = frame["time"].to_numpy()
    return stats.CensoredData(uncensored=times[observed], right=times[~observed])


def median_survival(frame):
    # a group with no deaths (or no patients) never drops to 0.5
    if not frame["event"].any():
        return np.nan
    sf = stats.ecdf(censored(frame)).sf
    below_half = sf.quantiles[sf.probabilities <= 0.5]
    return float(below_half[0]) if below_half.size else np.nan


group_a = patients[patients["group"] == "A"]
group_b = patients[patients["group"] == "B"]
if group_a.empty or group_b.empty:
    statistic, pvalue = np.nan, np.nan
else:
    # a zero variance makes the statistic 0 / 0: let it be NaN without a warning
    with np.errstate(invalid="ignore"):
        result = stats.logrank(censored(group_a), censored(group_b), alternative="two-sided")
    statistic, pvalue = float(result.statistic), float(result.pvalue)
median_by_group = {"A": median_survival(group_a), "B": median_survival(group_b)}
