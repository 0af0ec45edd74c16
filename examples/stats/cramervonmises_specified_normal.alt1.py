import scipy.stats as st

spec = st.norm(loc=50.0, scale=10.0)
result = st.cramervonmises(values, spec.cdf)
