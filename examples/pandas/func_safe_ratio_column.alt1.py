import numpy as np


def add_ratio(df, numerator, denominator, name):
    """Return a copy of df with a float column `name` = numerator / denominator.

    Where the denominator is 0 or missing, or the numerator is missing, the
    ratio is NaN, never inf. The new column is appended last; df itself is
    not modified.
    """
    num = df[numerator].to_numpy(dtype=float)
    den = df[denominator].to_numpy(dtype=float)
    ratio = np.full(len(df), np.nan)
    np.divide(num, den, out=ratio, where=den != 0)
    result = df.copy()
    result[name] = ratio
    return result


survey_rates = add_ratio(survey, numerator="income", denominator="hours", name="income_per_hour")
