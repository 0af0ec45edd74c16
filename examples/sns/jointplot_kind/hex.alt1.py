import seaborn as sns

g = sns.jointplot(
    x=measurements["temperature"],
    y=measurements["pressure"],
    kind="hex",
    joint_kws={"gridsize": 20},
)
g.set_axis_labels("Temperature", "Pressure")
g.figure.suptitle("Temperature and pressure")
g.figure.subplots_adjust(top=0.93)
