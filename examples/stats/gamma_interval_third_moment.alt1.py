import scipy.stats as st

low, high = st.gamma.ppf([0.05, 0.95], 2.0, scale=3.0)
central_90 = (low, high)
# E[X^3] by integrating x^3 against the density
third_moment = st.gamma.expect(lambda x: x**3, args=(2.0,), scale=3.0)
skewness = float(st.gamma.stats(2.0, scale=3.0, moments="s"))
