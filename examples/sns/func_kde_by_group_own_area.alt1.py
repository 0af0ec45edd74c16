import matplotlib.pyplot as plt
import seaborn as sns


def kde_by_group(df, value, group, ax, bw_adjust=1.0):
    subset = df[[value, group]].dropna()
    keep = sorted(
        str(g) for g, n in subset.groupby(group, observed=True)[value].nunique().items() if n >= 2
    )
    for name in keep:
        sample = subset.loc[subset[group].astype(str) == name, value]
        sns.kdeplot(sample, bw_method="scott", bw_adjust=bw_adjust, ax=ax, label=name)
    return keep


fig, ax = plt.subplots()
drawn_groups = kde_by_group(survival, "time", "group", ax)
ax.set_xlabel("time (months)")
ax.set_ylabel("density")
