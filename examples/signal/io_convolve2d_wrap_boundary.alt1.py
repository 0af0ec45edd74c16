import numpy as np

grid = np.array([[1, 2, 0], [0, 1, 3], [4, 0, 1]], dtype=float)
# np.roll shifts with wrap-around: add the cell and its four periodic neighbours
neighbour_sums = (
    grid
    + np.roll(grid, 1, axis=0)
    + np.roll(grid, -1, axis=0)
    + np.roll(grid, 1, axis=1)
    + np.roll(grid, -1, axis=1)
)
