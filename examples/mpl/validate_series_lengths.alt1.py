import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(1)
time_s = np.arange(0, 120, 2.0)
series = {
    "probe A": 20 + 0.05 * time_s + rng.normal(0, 0.2, time_s.size),
    "probe B": 21 + 0.04 * time_s + rng.normal(0, 0.2, time_s.size),
    # this logger lost its last five samples
    "probe C": (22 + 0.03 * time_s + rng.normal(0, 0.2, time_s.size))[:-5],
}


def plot_series(ax, x, y, label):
    if len(x) != len(y):
        raise ValueError(f"length mismatch: x has {len(x)} samples, y has {len(y)}")
    return ax.plot(x, y, label=label)


fig, ax = plt.subplots(figsize=(7, 4))
skipped = {}
for probe, readings in series.items():
    try:
        plot_series(ax, time_s, readings, probe)
    except ValueError as exc:
        skipped[probe] = str(exc)
ax.set_xlabel("Time (s)")
ax.set_ylabel("Temperature (°C)")
ax.set_title("Temperature probes")
ax.legend()
