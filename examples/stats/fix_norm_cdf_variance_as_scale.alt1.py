import math

from scipy.stats import norm

mean, variance = 120, 225
sd = math.sqrt(variance)
# standardise first, then use the standard normal
p_stockout = norm.sf((150 - mean) / sd)
safety_level = mean + sd * norm.ppf(0.95)
