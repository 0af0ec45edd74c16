import scipy.stats as st

WeibullMin = st.make_distribution(st.weibull_min)
shape, scale_hours, n_components = 1.5, 1000.0, 5
T = WeibullMin(c=shape) * scale_hours
# a series system lives as long as its shortest-lived component: the 1st of n order statistics
system = st.order_statistic(T, r=1, n=n_components)
p_survive_500 = 1 - system.cdf(500.0)
median_system = system.icdf(0.5)
