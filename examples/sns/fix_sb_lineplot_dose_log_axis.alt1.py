import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# a log x axis spreads the log-spaced concentrations evenly
ax.set(xscale="log", xlabel="concentration (log scale)", ylabel="response", title="Dose-response")
sns.lineplot(dose_response, x="concentration", y="response", marker="s", errorbar="sd", ax=ax)
