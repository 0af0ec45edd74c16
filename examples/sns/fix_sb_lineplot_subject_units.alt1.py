import matplotlib.pyplot as plt
import seaborn as sns

control = rm_long.query("condition == 'control'")
fig, ax = plt.subplots()
# one hue level per subject gives one line each; a single-colour palette keeps them all grey
n_subjects = control["subject"].nunique()
sns.lineplot(
    data=control,
    x="time",
    y="score",
    hue="subject",
    palette=["gray"] * n_subjects,
    legend=False,
    ax=ax,
)
ax.set_title("Control subjects over time")
