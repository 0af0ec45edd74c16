import matplotlib.pyplot as plt

replicates = {"rep 1": y, "rep 2": 1.05 * y, "rep 3": 0.95 * y[:-10]}
errors = {}

fig, ax = plt.subplots(figsize=(7, 4))
for name, readings in replicates.items():
    try:
        ax.plot(x, readings, label=name)
    except ValueError as exc:
        errors[name] = str(exc)
        # keep the readings that do have a time point instead of dropping the replicate
        overlap = min(len(x), len(readings))
        ax.plot(x[:overlap], readings[:overlap], linestyle=":", label=f"{name} (truncated)")

ax.set_xlabel("Time")
ax.set_ylabel("Population")
ax.set_title("Replicate growth curves")
ax.legend()
