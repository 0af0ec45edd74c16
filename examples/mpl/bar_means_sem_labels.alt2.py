import matplotlib.pyplot as plt
from scipy import stats as st

grouped = df.groupby("site", observed=True)["response"]
stats = grouped.mean().to_frame("mean")
# scipy's SEM uses ddof=1 like pandas; a one-reading site has no SEM (NaN)
stats["sem"] = grouped.agg(lambda r: st.sem(r) if len(r) > 1 else float("nan"))

fig, ax = plt.subplots()
labels = stats.index.astype(str)
bars = ax.bar(labels, stats["mean"], color="lightseagreen")
# error bars drawn separately, centred on each bar
ax.errorbar(labels, stats["mean"], yerr=stats["sem"], fmt="none", ecolor="black", capsize=4)
ax.bar_label(bars, fmt="%.1f", padding=2)
ax.set(xlabel="Site", ylabel="Mean response", title="Mean response per site (± SEM)")
