import seaborn as sns

g = sns.lmplot(data=trial, x="dose", y="response", hue="treatment", col="site", ci=None, height=3.5)
g.set_axis_labels("Dose (mg)", "Response")
g.set_titles(col_template="Site: {col_name}")
