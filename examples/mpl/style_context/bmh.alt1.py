import matplotlib.pyplot as plt

# the context manager restores the previous rcParams on exit
with plt.style.context("bmh"):
    fig, ax = plt.subplots(figsize=(8, 4))
    df.plot(ax=ax)
    ax.set_xlabel("Date")
    ax.set_ylabel("Reading")
    ax.set_title("Sensor channels (bmh style)")
    ax.legend(title="channel")
