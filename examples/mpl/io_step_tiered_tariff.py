# /// example
# task = """
# Draw the tiered electricity tariff below as a step line on `fig, ax`: the price holds from \
# each tier's start until the next tier starts, and the last tier (0.18) continues to 1000 kWh. \
# Build the points so that the drawn line has exactly the corners shown in the wanted output \
# (use `step` with `where="post"`), and label the axes "monthly use (kWh)" and "price \
# ($/kWh)".
#
# ```text
# from_kWh  price
# 0          0.12
# 200        0.15
# 500        0.22
# 800        0.18
# ```
#
# Wanted corners of the line:
#
# ```text
# (0, 0.12) (200, 0.12) (200, 0.15) (500, 0.15) (500, 0.22) (800, 0.22) (800, 0.18) (1000, 0.18)
# ```"""
# prompt = """
# Can you plot my tariff as a staircase on `fig, ax` (step with `where="post"`: each price holds \
# until the next tier, the last one up to 1000 kWh), axis labels "monthly use (kWh)" and \
# "price ($/kWh)"?
#
# ```text
# from_kWh  price
# 0          0.12
# 200        0.15
# 500        0.22
# 800        0.18
# ```
#
# The line should go through these corners:
#
# ```text
# (0, 0.12) (200, 0.12) (200, 0.15) (500, 0.15) (500, 0.22) (800, 0.22) (800, 0.18) (1000, 0.18)
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     # the drawn path (steps included) with repeated points removed
#     '(lambda p: np.allclose(p[np.r_[True, np.any(np.diff(p, axis=0) != 0, axis=1)]], [(0, 0.12), (200, 0.12), (200, 0.15), (500, 0.15), (500, 0.22), (800, 0.22), (800, 0.18), (1000, 0.18)]))(ax.lines[0].get_path().vertices)',
#     'ax.get_xlabel() == "monthly use (kWh)" and ax.get_ylabel() == "price ($/kWh)"',
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'line-styles']
# ///
import matplotlib.pyplot as plt
import numpy as np

tier_start = np.array([0, 200, 500, 800])
price = np.array([0.12, 0.15, 0.22, 0.18])
# repeat the last price at 1000 kWh so the final tier gets its own flat segment
x = np.append(tier_start, 1000)
y = np.append(price, price[-1])

fig, ax = plt.subplots(figsize=(5, 3))
ax.step(x, y, where="post")
ax.set(xlabel="monthly use (kWh)", ylabel="price ($/kWh)", title="Tiered tariff")
