import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

rows = {}
for site, group in df.groupby("site", observed=True):
    response = group["response"]
    # standard error of the mean: sample SD (ddof=1) over the square root of n
    rows[site] = {"mean": response.mean(), "sem": response.std(ddof=1) / np.sqrt(response.count())}
stats = pd.DataFrame.from_dict(rows, orient="index")
stats.index.name = "site"

fig, ax = plt.subplots(figsize=(6, 4))
positions = np.arange(len(stats))
bars = ax.bar(positions, stats["mean"], yerr=stats["sem"], capsize=5, color="tab:blue")
ax.set_xticks(positions, [str(site) for site in stats.index])
ax.bar_label(bars, labels=[f"{m:.1f}" for m in stats["mean"]], padding=3)
ax.set_xlabel("Site")
ax.set_ylabel("Mean response (± SEM)")
ax.set_title("Mean response per site")
