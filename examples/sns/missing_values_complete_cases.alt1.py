import matplotlib.pyplot as plt
import seaborn as sns

# a row is complete when both dose and response are present
has_both = trial_missing[["dose", "response"]].notna().all(axis=1)
complete = trial_missing.loc[has_both]
n_dropped = int((~has_both).sum())

fig, ax = plt.subplots()
sns.regplot(data=complete, x="dose", y="response", ax=ax)
ax.set_xlabel("Dose")
ax.set_ylabel("Response")
ax.set_title(f"Response vs dose ({len(complete)} rows used, {n_dropped} dropped)")
