# /// example
# task = """
# Ship 10 units from node 0 to node 3 through the network below at the lowest cost with \
# `linprog`: each arc (from, to) has a per-unit cost and a capacity, flow is conserved at the \
# intermediate nodes 1 and 2, node 0 sends 10 and node 3 receives 10. Store the flow on each arc \
# (in the listed order) in `flows` and the total cost in `total_cost`.
#
# ```text
# arc      cost  capacity
# (0, 1)   2     6
# (0, 2)   4     8
# (1, 2)   1     5
# (1, 3)   6     5
# (2, 3)   2     9
# ```"""
# prompt = """
# I need the cheapest way to move 10 units from node 0 to node 3 in this little network (per-unit \
# cost and capacity per arc):
#
# ```text
# arc      cost  capacity
# (0, 1)   2     6
# (0, 2)   4     8
# (1, 2)   1     5
# (1, 3)   6     5
# (2, 3)   2     9
# ```
#
# What goes through nothing but 0 out and 3 in should balance at nodes 1 and 2. Solve it as a \
# linear program; flows per arc in the listed order in `flows`, total in `total_cost`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.all(np.asarray(flows) >= -1e-9) and np.all(np.asarray(flows) <= np.array([6, 8, 5, 5, 9]) + 1e-9)',
#     # conservation: out of 0 = 10, into 3 = 10, balance at 1 and 2
#     'np.allclose([flows[0] + flows[1], flows[2] + flows[3] - flows[0], flows[4] - flows[1] - flows[2], flows[3] + flows[4]], [10, 0, 0, 10], atol=1e-7)',
#     'np.isclose(total_cost, np.array([2, 4, 1, 6, 2]) @ np.asarray(flows))',
#     # route by route: 5 on 0-1-2-3 (cost 5 each), 4 on 0-2-3 (cost 6), 1 on 0-1-3 (cost 8)
#     'np.isclose(total_cost, 5 * 5 + 4 * 6 + 1 * 8)',
# ]
# difficulty = 'intermediate'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy import optimize

arcs = [(0, 1), (0, 2), (1, 2), (1, 3), (2, 3)]
cost = np.array([2, 4, 1, 6, 2])
capacity = np.array([6, 8, 5, 5, 9])
supply = np.array([10, 0, 0, -10])  # net outflow required at each node

# node-arc incidence matrix: +1 where an arc leaves a node, -1 where it enters
incidence = np.zeros((4, len(arcs)))
for k, (tail, head) in enumerate(arcs):
    incidence[tail, k] = 1
    incidence[head, k] = -1

result = optimize.linprog(
    cost,
    A_eq=incidence,
    b_eq=supply,
    bounds=[(0, cap) for cap in capacity],
    method="highs",
)
flows = result.x
total_cost = result.fun
