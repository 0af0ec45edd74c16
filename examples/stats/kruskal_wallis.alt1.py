import scipy.stats as st

samples = (a, b, c)
result = st.kruskal(*samples)
