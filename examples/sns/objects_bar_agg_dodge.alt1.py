import matplotlib.pyplot as plt
import seaborn.objects as so

data = trial.reset_index(drop=True)  # seaborn.objects aligns rows by index label

fig, ax = plt.subplots()
plot = (
    so.Plot(data, x="site", y="response", color="treatment")
    # gap leaves a little space between the dodged bars of one site
    .add(so.Bar(edgewidth=0), so.Agg("mean"), so.Dodge(gap=0.1))
    .label(x="Site", y="Mean response", color="Treatment", title="Average response")
)
plot.on(ax).plot()
