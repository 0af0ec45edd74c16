# /// example
# task = '''
# Write a function `time_to_reach` with the signature and docstring below, and store in
# `culture_h` the time at which a culture of 1000 cells growing at r = 0.3 per hour towards a
# capacity of 1e6 cells first reaches 5e5 cells.
#
# ```python
# def time_to_reach(n0, rate, capacity, threshold, t_max=1000.0):
#     """First time the logistic population dN/dt = rate N (1 - N / capacity)
#     reaches `threshold`.
#
#     The population starts at n0 > 0 at time 0. The time is found as an
#     event of the numerical solution (relative tolerance 1e-9). Returns a
#     float: 0.0 when n0 >= threshold, and nan when the threshold is not
#     reached by t_max.
#     """
# ```'''
# prompt = """
# I want `time_to_reach(n0, rate, capacity, threshold, t_max=1000.0)`: integrate logistic growth \
# dN/dt = rate N (1 - N / capacity) from `n0` at time 0 and return the first time N hits \
# `threshold`, detected as an event of the ODE solver (rtol 1e-9); return 0.0 if we already start \
# at or above it, and nan if it isn't reached by `t_max`. How long does a culture of 1000 cells \
# growing at 0.3 per hour towards 1e6 cells take to reach 5e5 cells? Put it in `culture_h`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # the logistic solution gives t = ln(threshold (K - n0) / (n0 (K - threshold))) / r
#     'np.isclose(culture_h, np.log(5e5 * (1e6 - 1000) / (1000 * (1e6 - 5e5))) / 0.3, rtol=1e-6)',
#     'np.isclose(time_to_reach(10.0, 0.5, 100.0, 50.0), np.log(9.0) / 0.5, rtol=1e-6)',
#     'np.isclose(time_to_reach(2.0, 1.2, 10.0, 9.0), np.log(9.0 * 8.0 / (2.0 * 1.0)) / 1.2, rtol=1e-6)',
#     'time_to_reach(60.0, 0.5, 100.0, 50.0) == 0.0',
#     # the population never reaches its capacity, let alone more
#     'np.isnan(time_to_reach(10.0, 0.5, 100.0, 120.0))',
#     'np.isnan(time_to_reach(1.0, 0.01, 100.0, 50.0, t_max=10.0))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'ode', 'initial-value-problem', 'applied-science']
# ///
from scipy import integrate


def time_to_reach(n0, rate, capacity, threshold, t_max=1000.0):
    """First time the logistic population dN/dt = rate N (1 - N / capacity)
    reaches `threshold`.

    The population starts at n0 > 0 at time 0. The time is found as an
    event of the numerical solution (relative tolerance 1e-9). Returns a
    float: 0.0 when n0 >= threshold, and nan when the threshold is not
    reached by t_max.
    """
    if n0 >= threshold:
        return 0.0

    def crossed(t, n):
        return n[0] - threshold

    # stop at the first upward crossing of the threshold
    crossed.terminal = True
    crossed.direction = 1
    solution = integrate.solve_ivp(
        lambda t, n: rate * n * (1 - n / capacity), (0.0, t_max), [n0], events=crossed, rtol=1e-9
    )
    hits = solution.t_events[0]
    return float(hits[0]) if hits.size else float("nan")


culture_h = time_to_reach(1000.0, 0.3, 1e6, 5e5)
