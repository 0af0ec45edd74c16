import scipy.stats as st

# "control has the lower mean" is the same one-sided hypothesis
result = st.ttest_ind(control, treated, equal_var=True, alternative="less")
