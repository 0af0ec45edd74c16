import matplotlib.pyplot as plt
import scipy.stats as st

fig, ax = plt.subplots()
# plot=ax lets probplot draw the points and the fitted line itself
(theoretical, ordered), (slope, intercept, r) = st.probplot(skewed, dist=st.norm, plot=ax)
ax.set_title("Normal Q-Q plot of skewed")
