from scipy.stats import mannwhitneyu

result = mannwhitneyu(a, b, alternative="two-sided")
# scipy's U statistic counts pairs with a > b (ties half), so U / (n_a n_b) is P(A > B)
effect_size = result.statistic / (len(a) * len(b))
