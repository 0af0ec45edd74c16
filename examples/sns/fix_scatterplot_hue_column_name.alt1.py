import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# pass the columns themselves rather than their names
sns.scatterplot(x=trial["dose"], y=trial["response"], hue=trial["treatment"], ax=ax)
ax.set_xlabel("dose (mg)")
ax.set_ylabel("response")
ax.set_title("Response by dose and treatment")
