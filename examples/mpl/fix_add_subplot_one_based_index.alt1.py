import matplotlib.pyplot as plt

indices = [0, len(frames) // 2, len(frames) - 1]
fig, axes = plt.subplots(1, 3, figsize=(9, 3), layout="constrained")
for ax, idx in zip(axes, indices, strict=True):
    ax.imshow(frames[idx], cmap="magma")
    ax.set_title(f"frame {idx}")
