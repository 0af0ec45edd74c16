# /// example
# task = """
# Match 8 particles detected in one frame (`before`, seeded random 2-D positions) to their \
# positions in the next frame (`after`: the same particles shuffled by the permutation `truth`, \
# particle i landing in row truth[i], and moved slightly) by minimising the total squared \
# displacement with `linear_sum_assignment` on the pairwise cost matrix `cost`; store the matched \
# column indices in `match` (row i of `before` pairs with row match[i] of `after`)."""
# prompt = """
# I'm tracking 8 particles between frames. Simulate them: `before` holds 2-D positions drawn \
# uniformly in [0, 10] with a seeded generator, `truth` is a random permutation, and `after` \
# holds the same particles moved slightly (noise sd 0.05) so that particle i of `before` sits in \
# row truth[i] of `after`. Build the pairwise squared-distance matrix `cost` and solve the \
# optimal assignment (Hungarian algorithm) minimising total squared displacement; store the \
# matched column indices in `match`, so row i of `before` pairs with row match[i] of `after`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(np.sort(match), np.arange(8))',
#     'np.array_equal(match, truth)',
#     'cost[np.arange(8), match].sum() <= min(cost[np.arange(8), np.roll(np.arange(8), k)].sum() for k in range(8))',
#     'np.allclose(cost, ((before[:, None, :] - after[None, :, :])**2).sum(axis=-1))',
# ]
# difficulty = 'basic'
# tags = ['operations-research']
# ///
import numpy as np
from scipy import optimize

rng = np.random.default_rng(5)
before = rng.uniform(0, 10, size=(8, 2))
truth = rng.permutation(8)
after = np.empty_like(before)
# fancy-index assignment scatters particle i into row truth[i] of after
after[truth] = before + rng.normal(scale=0.05, size=before.shape)
cost = ((before[:, None, :] - after[None, :, :]) ** 2).sum(axis=-1)
# for a square cost matrix rows is arange(8), so match[i] is the column paired with row i
rows, match = optimize.linear_sum_assignment(cost)
