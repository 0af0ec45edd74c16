import pandas as pd

limits = {"temperature": (-40, 45), "humidity": (0, 100)}


def blank_out_of_limits(frame, limits):
    low = pd.Series({column: bounds[0] for column, bounds in limits.items()})
    high = pd.Series({column: bounds[1] for column, bounds in limits.items()})
    limited = frame[list(limits)]
    # comparing with a Series aligns its labels with the columns
    faulty = limited.lt(low) | limited.gt(high)
    cleaned = frame.copy()
    cleaned[list(limits)] = limited.mask(faulty)
    return cleaned, faulty.sum()


cleaned, n_faults = blank_out_of_limits(measurements, limits)
