import scipy.stats

a = [12.1, 14.3, 11.8, 15.2, 13.9, 12.7]
b = [16.4, 15.8, 17.2, 14.9, 18.1, 16.6, 15.5]
result = scipy.stats.mannwhitneyu(a, b, method="exact")
u_stat = result.statistic
p_value = result.pvalue
