import matplotlib.pyplot as plt

levels = ["control", "low", "high"]
summary = rm_long.groupby("condition", observed=True)["score"].agg(["mean", "std"]).reindex(levels)
fig, ax = plt.subplots()
ax.bar(levels, summary["mean"], yerr=summary["std"], capsize=0, color="tab:blue")
ax.set_xlabel("condition")
ax.set_ylabel("mean score")
ax.set_title("Score by condition")
