import numpy as np
import scipy.spatial

tree = scipy.spatial.cKDTree(X)
balls = tree.query_ball_point(X, r=1.0, workers=-1)
# each ball lists the indices within the radius, the point itself among them
n_neighbours = np.array([len(ball) - 1 for ball in balls], dtype=int)
