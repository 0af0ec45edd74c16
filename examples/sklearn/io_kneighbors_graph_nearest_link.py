# /// example
# task = """
# For the five 1-D positions `positions` below, build the 1-nearest-neighbour connectivity graph \
# (a point is not its own neighbour) with `kneighbors_graph` and store it as a dense 0/1 array in \
# `adjacency` (row i has a 1 in the column of i's nearest neighbour).
#
# ```text
# positions = [0.0, 1.0, 1.5, 4.0, 6.0]
# ```
#
# Wanted:
#
# ```text
# adjacency = [[0, 1, 0, 0, 0],
#              [0, 0, 1, 0, 0],
#              [0, 1, 0, 0, 0],
#              [0, 0, 0, 0, 1],
#              [0, 0, 0, 1, 0]]
# ```"""
# prompt = """
# I want to link each of my points to its single nearest other point. Positions `positions` (one feature):
#
# ```text
# positions = [0.0, 1.0, 1.5, 4.0, 6.0]
# ```
#
# The dense adjacency matrix should end up in `adjacency`:
#
# ```text
# adjacency = [[0, 1, 0, 0, 0],
#              [0, 0, 1, 0, 0],
#              [0, 1, 0, 0, 0],
#              [0, 0, 0, 0, 1],
#              [0, 0, 0, 1, 0]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(np.asarray(adjacency), [[0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 1, 0, 0, 0], [0, 0, 0, 0, 1], [0, 0, 0, 1, 0]])',
#     'np.allclose(np.ravel(positions), [0.0, 1.0, 1.5, 4.0, 6.0])',
# ]
# difficulty = 'intermediate'
# tags = ['nearest-neighbors']
# ///
import numpy as np
from sklearn.neighbors import kneighbors_graph

positions = np.array([0.0, 1.0, 1.5, 4.0, 6.0])
# one column per feature; mode="connectivity" gives 1 for each link instead of the distance
graph = kneighbors_graph(positions.reshape(-1, 1), n_neighbors=1, mode="connectivity")
adjacency = graph.toarray()
