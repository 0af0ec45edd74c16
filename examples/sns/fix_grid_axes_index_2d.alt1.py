import seaborn as sns

g = sns.catplot(data=survival, x="event", y="time", col="group", kind="box", height=2)
second_group = survival["group"].cat.categories[1]
g.axes_dict[second_group].set_ylabel("time (months)")
