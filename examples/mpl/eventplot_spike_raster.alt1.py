import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(42)
rates = [5, 10, 20, 40]
duration = 2.0

spike_times = []
for rate in rates:
    # a Poisson process: the number of spikes is Poisson, their times uniform over the window
    n_spikes = rng.poisson(rate * duration)
    spike_times.append(np.sort(rng.uniform(0, duration, n_spikes)))

fig, ax = plt.subplots(figsize=(7, 3))
ax.eventplot(spike_times, lineoffsets=np.arange(len(rates)), linelengths=0.8, colors="black")
ax.set_yticks(np.arange(len(rates)), [f"{rate} Hz" for rate in rates])
ax.set_xlabel("Time (s)")
ax.set_ylabel("Firing rate")
ax.set_title("Spike raster")
