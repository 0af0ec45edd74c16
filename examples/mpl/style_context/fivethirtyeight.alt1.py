import matplotlib.pyplot as plt

# the context manager restores the previous rcParams on exit
with plt.style.context("fivethirtyeight"):
    fig, ax = plt.subplots(figsize=(8, 4))
    df.plot(ax=ax)
    ax.set_xlabel("Date")
    ax.set_ylabel("Reading")
    ax.set_title("Sensor channels (fivethirtyeight style)")
    ax.legend(title="channel")
