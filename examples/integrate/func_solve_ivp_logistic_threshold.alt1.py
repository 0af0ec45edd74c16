import math

from scipy.integrate import solve_ivp


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

    def growth(_t, population):
        return rate * population * (1 - population / capacity)

    def at_threshold(_t, population):
        return population[0] - threshold

    # a non-terminal event records every crossing; the first one is the answer
    run = solve_ivp(
        growth, [0.0, t_max], [n0], method="LSODA", events=at_threshold, rtol=1e-9, atol=1e-12
    )
    crossings = run.t_events[0]
    return float(crossings[0]) if len(crossings) > 0 else math.nan


culture_h = time_to_reach(1000.0, 0.3, 1e6, 5e5)
