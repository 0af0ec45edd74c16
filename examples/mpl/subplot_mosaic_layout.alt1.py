import matplotlib.pyplot as plt

fig = plt.figure(figsize=(9, 5), layout="constrained")
axd = fig.subplot_mosaic([["scatter", "hist_t"], ["scatter", "hist_p"]])

axd["scatter"].scatter(df["temperature"], df["pressure"], s=12, alpha=0.7)
axd["scatter"].set(xlabel="Temperature", ylabel="Pressure", title="Pressure vs temperature")

for key, column, title in [
    ("hist_t", "temperature", "Temperature"),
    ("hist_p", "pressure", "Pressure"),
]:
    axd[key].hist(df[column], bins=20, color="tab:gray", edgecolor="white")
    axd[key].set(xlabel=column, ylabel="Count", title=title)
