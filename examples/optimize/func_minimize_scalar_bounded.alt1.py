from scipy.optimize import minimize_scalar


def bounded_minimum(f, lo, hi):
    """Minimum of the scalar function f on the interval [lo, hi].

    f is assumed unimodal on the interval; the search is a bounded scalar
    minimisation with an absolute x tolerance of 1e-9. Returns the tuple of
    floats (x_min, f(x_min)). Raises ValueError("need lo < hi") otherwise.
    """
    if lo >= hi:
        raise ValueError("need lo < hi")
    best = minimize_scalar(f, bounds=[lo, hi], method="bounded", options={"xatol": 1e-9})
    x_min = float(best.x)
    return x_min, float(f(x_min))


def fuel_per_km(speed_kmh):
    return 0.02 * speed_kmh + 60 / speed_kmh + 0.3


best_speed = bounded_minimum(fuel_per_km, 30.0, 130.0)
try:
    bounded_minimum(fuel_per_km, 130.0, 30.0)
except ValueError as exc:
    interval_error = str(exc)
