# /// example
# task = """
# For each row of `survival` (`time`, `event`, `group`), compute `n_at_risk`: the number of \
# subjects in the same `group` whose follow-up `time` is at least as long as this row's, counting \
# the row itself (for tied times, count every tied subject as still at risk). Use the table \
# sorted by `time` and a descending cumulative count within each group; store the integer Series \
# aligned with `survival` (same index) in `n_at_risk`."""
# prompt = """
# For a Kaplan-Meier style table I need, per row of `survival`, how many subjects of the same \
# `group` are still at risk at that row's `time`: follow-up >= this time, the row itself \
# included, and ties all counted as at risk. Please give me `n_at_risk`, aligned with the \
# original rows."""
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     'len(n_at_risk) == len(survival) and n_at_risk.index.equals(survival.index)',
#     '(lambda t, g, n: all(n[i] == ((g == g[i]) & (t >= t[i])).sum() for i in range(len(t))))(survival["time"].to_numpy(dtype=float), survival["group"].astype(str).to_numpy(), np.asarray(n_at_risk))',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'counting', 'ranking']
# edge_cases = { index = false, why = "the result is aligned to the rows by their index labels, which must be unique" }
# ///
by_time = survival.sort_values("time", kind="stable")
# counting from the end of each group: the last (longest) time gets 1
from_end = by_time.groupby("group", observed=True).cumcount(ascending=False) + 1
# tied times share the largest count of their tie: everyone tied is still at risk
tie_keys = [by_time["group"], by_time["time"]]
n_at_risk = from_end.groupby(tie_keys, observed=True).transform("max").reindex(survival.index)
