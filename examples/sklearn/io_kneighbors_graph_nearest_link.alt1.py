import numpy as np
from sklearn.neighbors import NearestNeighbors

positions = np.array([0.0, 1.0, 1.5, 4.0, 6.0])
nn = NearestNeighbors(n_neighbors=1).fit(positions[:, None])
# with no X passed, each point's own row is excluded from its neighbours
adjacency = nn.kneighbors_graph(mode="connectivity").toarray()
