# /// example
# task = """
# A quiz has 10 multiple-choice questions with 4 options each; a student guesses every answer. \
# This code should store the probability of exactly 3 correct answers in `p_exactly_3` and of \
# at least 5 in `p_at_least_5`:
#
# ```python
# from scipy import stats
#
# p_exactly_3 = stats.binom.pmf(3, 0.25, 10)
# p_at_least_5 = stats.binom.sf(4, 0.25, 10)
# ```
#
# It runs, but both results are NaN. Fix it."""
# prompt = """
# Guessing on 10 four-option questions: what's P(exactly 3 right) (`p_exactly_3`) and \
# P(at least 5 right) (`p_at_least_5`)? I get NaN from
#
# ```python
# from scipy import stats
#
# p_exactly_3 = stats.binom.pmf(3, 0.25, 10)
# p_at_least_5 = stats.binom.sf(4, 0.25, 10)
# ```"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(p_exactly_3, math.comb(10, 3) * 0.25**3 * 0.75**7)',
#     'np.isclose(p_at_least_5, sum(math.comb(10, k) * 0.25**k * 0.75 ** (10 - k) for k in range(5, 11)))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'probability-distributions', 'counting']
# ///
from scipy import stats

# binom's shape parameters are (n, p): 0.25 trials is invalid, hence NaN; name them to be safe
guesses = stats.binom(n=10, p=0.25)
p_exactly_3 = guesses.pmf(3)
# sf(4) = P(X > 4) = P(X >= 5)
p_at_least_5 = guesses.sf(4)
