# /// example
# task = '''
# Write the function `binomial_power` below with `scipy.stats.binom` and store
# `binomial_power(20, 0.5, 0.75)` in `power_example`; collect in the list `errors` the messages
# raised by `binomial_power(0, 0.5, 0.7)` and `binomial_power(10, 0.5, 1.2)`.
#
# ```python
# def binomial_power(n, p0, p1, alpha=0.05):
#     """Power of the one-sided exact binomial test of H0: p = p0 against
#     H1: p > p0 with n trials at level alpha, when the true rate is p1.
#
#     The test rejects when X >= k, k the smallest count with
#     P(X >= k | p0) <= alpha. Returns (k, power) with power = P(X >= k | p1).
#     Raises ValueError("n must be a positive integer") and
#     ValueError("probabilities must be in (0, 1)").
#     """
# ```'''
# prompt = """
# Planning a pilot: with n trials, a one-sided exact binomial test of p = p0 vs p > p0 at \
# level alpha, how likely am I to reject if the true rate is p1? Please write \
# `binomial_power(n, p0, p1, alpha=0.05)` returning the critical count k (smallest k with \
# P(X >= k | p0) <= alpha) and the power P(X >= k | p1), using scipy's binomial \
# distribution. Raise `ValueError("n must be a positive integer")` and \
# `ValueError("probabilities must be in (0, 1)")` for bad inputs. Store \
# `binomial_power(20, 0.5, 0.75)` in `power_example` and the messages for \
# `binomial_power(0, 0.5, 0.7)` and `binomial_power(10, 0.5, 1.2)` in the list `errors`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     # brute force: the first k whose upper tail under p0 is within alpha
#     'power_example[0] == next(k for k in range(22) if sum(math.comb(20, j) * 0.5**20 for j in range(k, 21)) <= 0.05)',
#     'np.isclose(power_example[1], sum(math.comb(20, j) * 0.75**j * 0.25 ** (20 - j) for j in range(power_example[0], 21)))',
#     'binomial_power(50, 0.1, 0.2)[0] == next(k for k in range(52) if sum(math.comb(50, j) * 0.1**j * 0.9 ** (50 - j) for j in range(k, 51)) <= 0.05)',
#     'np.isclose(binomial_power(50, 0.1, 0.2)[1], scipy.stats.binom.sf(binomial_power(50, 0.1, 0.2)[0] - 1, 50, 0.2))',
#     'np.isclose(binomial_power(8, 0.3, 0.9)[1], sum(math.comb(8, j) * 0.9**j * 0.1 ** (8 - j) for j in range(next(k for k in range(10) if sum(math.comb(8, i) * 0.3**i * 0.7 ** (8 - i) for i in range(k, 9)) <= 0.05), 9)))',
#     # a stricter alpha moves the critical count up
#     'binomial_power(20, 0.5, 0.75, alpha=0.01)[0] == next(k for k in range(22) if sum(math.comb(20, j) * 0.5**20 for j in range(k, 21)) <= 0.01)',
#     'list(errors) == ["n must be a positive integer", "probabilities must be in (0, 1)"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'hypothesis-test', 'probability-distributions', 'validation']
# ///
from scipy import stats


def binomial_power(n, p0, p1, alpha=0.05):
    """Power of the one-sided exact binomial test of H0: p = p0 against
    H1: p > p0 with n trials at level alpha, when the true rate is p1.

    The test rejects when X >= k, k the smallest count with
    P(X >= k | p0) <= alpha. Returns (k, power) with power = P(X >= k | p1).
    Raises ValueError("n must be a positive integer") and
    ValueError("probabilities must be in (0, 1)").
    """
    if n < 1 or int(n) != n:
        raise ValueError("n must be a positive integer")
    if not (0 < p0 < 1 and 0 < p1 < 1):
        raise ValueError("probabilities must be in (0, 1)")
    # isf gives the smallest count c with P(X > c) <= alpha, so the test rejects from c + 1
    k = int(stats.binom.isf(alpha, n, p0)) + 1
    power = stats.binom.sf(k - 1, n, p1)
    return k, power


power_example = binomial_power(20, 0.5, 0.75)

errors = []
for args in [(0, 0.5, 0.7), (10, 0.5, 1.2)]:
    try:
        binomial_power(*args)
    except ValueError as error:
        errors.append(str(error))
