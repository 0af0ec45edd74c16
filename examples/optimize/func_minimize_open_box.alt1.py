from scipy.optimize import Bounds, minimize


def open_box_dimensions(volume):
    """Length, width and height of the open-top box of the given volume
    that uses the least material.

    The material is the area of the base plus the four sides,
    l * w + 2 * h * (l + w), with h = volume / (l * w). Minimises it
    numerically over positive l and w (bounded quasi-Newton search) and
    returns the tuple of floats (l, w, h). Raises
    ValueError("volume must be positive") for volume <= 0.
    """
    if not volume > 0:
        raise ValueError("volume must be positive")

    def area_and_gradient(sides):
        length, width = sides
        area = length * width + 2 * volume / width + 2 * volume / length
        return area, [width - 2 * volume / length**2, length - 2 * volume / width**2]

    scale = volume ** (1 / 3)
    best = minimize(
        area_and_gradient,
        [scale, 1.5 * scale],
        jac=True,
        method="L-BFGS-B",
        bounds=Bounds(1e-9 * scale, 1e9 * scale),
        options={"ftol": 1e-15, "gtol": 1e-12 * scale**2},
    )
    length, width = (float(side) for side in best.x)
    return length, width, volume / (length * width)


tank = open_box_dimensions(4.0)
try:
    open_box_dimensions(0.0)
except ValueError as exc:
    volume_error = str(exc)
