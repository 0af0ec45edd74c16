# /// example
# task = '''
# Write a function `max_flow_value` with the signature and docstring below.
#
# ```python
# def max_flow_value(capacity, source, sink):
#     """Largest flow from `source` to `sink` in a directed network, by
#     linear programming with scipy.optimize.linprog.
#
#     capacity[i, j] >= 0 is the capacity of arc i -> j (0 means no arc).
#     Flow on each arc is between 0 and its capacity and is conserved at
#     every node other than source and sink. Returns the flow value as a
#     float. Raises ValueError if source == sink.
#     """
# ```'''
# prompt = """
# I'd like to solve maximum-flow problems as LPs. Write `max_flow_value(capacity, source, sink)`: \
# `capacity[i, j]` is the capacity of arc i -> j (0 = no arc), flows between 0 and capacity, \
# conservation at all nodes except source and sink, maximise what leaves the source, solve with \
# linprog, return the value as a float, and raise ValueError if source equals sink."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(max_flow_value(np.array([[0, 3, 2, 0], [0, 0, 1, 2], [0, 0, 0, 3], [0, 0, 0, 0]]), 0, 3), scipy.sparse.csgraph.maximum_flow(scipy.sparse.csr_matrix(np.array([[0, 3, 2, 0], [0, 0, 1, 2], [0, 0, 0, 3], [0, 0, 0, 0]])), 0, 3).flow_value)',
#     # a bottleneck arc of capacity 1 in the middle of a chain
#     'np.isclose(max_flow_value(np.array([[0, 5, 0], [0, 0, 1], [0, 0, 0]]), 0, 2), 1.0)',
#     # no path from source to sink: zero flow
#     'np.isclose(max_flow_value(np.array([[0, 4, 0], [0, 0, 0], [0, 0, 0]]), 0, 2), 0.0)',
#     'np.isclose(max_flow_value((lambda m: np.triu(m, 1))(np.random.default_rng(3).integers(0, 6, (6, 6))), 0, 5), scipy.sparse.csgraph.maximum_flow(scipy.sparse.csr_matrix((lambda m: np.triu(m, 1))(np.random.default_rng(3).integers(0, 6, (6, 6))).astype(np.int32)), 0, 5).flow_value)',
#     '__import__("unittest").TestCase().assertRaises(ValueError, max_flow_value, np.zeros((3, 3)), 1, 1) is None',
#     'isinstance(max_flow_value(np.array([[0, 5, 0], [0, 0, 1], [0, 0, 0]]), 0, 2), float)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'linear-programming', 'operations-research', 'validation']
# ///
import numpy as np
from scipy import optimize


def max_flow_value(capacity, source, sink):
    """Largest flow from `source` to `sink` in a directed network, by
    linear programming with scipy.optimize.linprog.

    capacity[i, j] >= 0 is the capacity of arc i -> j (0 means no arc).
    Flow on each arc is between 0 and its capacity and is conserved at
    every node other than source and sink. Returns the flow value as a
    float. Raises ValueError if source == sink.
    """
    if source == sink:
        raise ValueError("source and sink must differ")
    capacity = np.asarray(capacity, dtype=float)
    tails, heads = np.nonzero(capacity > 0)
    n_nodes = capacity.shape[0]
    if tails.size == 0:
        return 0.0
    # node-arc incidence: +1 where an arc leaves a node, -1 where it enters
    incidence = np.zeros((n_nodes, tails.size))
    incidence[tails, np.arange(tails.size)] = 1
    incidence[heads, np.arange(tails.size)] -= 1
    inner = [node for node in range(n_nodes) if node not in (source, sink)]
    # maximise the net outflow of the source = minimise its negative
    result = optimize.linprog(
        -incidence[source],
        A_eq=incidence[inner] if inner else None,
        b_eq=np.zeros(len(inner)) if inner else None,
        bounds=list(zip(np.zeros(tails.size), capacity[tails, heads], strict=True)),
        method="highs",
    )
    return float(-result.fun)
