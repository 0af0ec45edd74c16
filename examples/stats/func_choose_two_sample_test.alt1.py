import scipy.stats as st


def compare_two_groups(a, b, alpha=0.05):
    """Choose and run a two-sided test for two independent samples.

    If both samples look normal (Shapiro-Wilk p > alpha; a sample with
    fewer than 3 values or no spread does not count as normal), compare
    them with a t-test: Student's when Levene's test (center="median")
    gives p > alpha, Welch's otherwise. Else use the Mann-Whitney U test.
    Returns (test_name, p_value) with test_name "student", "welch" or
    "mannwhitney" and p_value a float.
    """
    normal = all(len(x) >= 3 and max(x) > min(x) and st.shapiro(x)[1] > alpha for x in (a, b))
    if not normal:
        return "mannwhitney", float(st.mannwhitneyu(a, b)[1])
    equal_var = st.levene(a, b, center="median")[1] > alpha
    name = "student" if equal_var else "welch"
    return name, float(st.ttest_ind(a, b, equal_var=equal_var)[1])


comparison = compare_two_groups(a, b)
