from scipy.stats import bartlett

samples = [a, b, c]
result = bartlett(*samples)
equal_variances = bool(result.pvalue >= 0.05)
