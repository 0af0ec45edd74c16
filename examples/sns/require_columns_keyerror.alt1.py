import matplotlib.pyplot as plt
import seaborn as sns

REQUIRED = ("dose", "response", "treatment")


def plot_dose_response(df, ax):
    missing = sorted(set(REQUIRED).difference(df.columns))
    if missing:
        raise KeyError(f"missing required columns: {', '.join(missing)}")
    sns.scatterplot(data=df, x="dose", y="response", hue="treatment", ax=ax)
    ax.set_xlabel("Dose (mg)")
    ax.set_ylabel("Response")
    return ax


fig, ax = plt.subplots()
try:
    plot_dose_response(trial.drop(columns="dose"), ax)
except KeyError as exc:
    error = exc
plot_dose_response(trial, ax)
