import scipy.stats as st

model = st.norm(loc=values.mean(), scale=values.std(ddof=1))
p_between = model.cdf(60) - model.cdf(40)
