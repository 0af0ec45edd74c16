# /// example
# task = """
# In the survey table `survey`, `q1` holds answers on an ordered 1-5 Likert scale (ordered \
# categorical) and `group` is "staff" or "student". Compare the `q1` answers of staff and \
# students with a two-sided Mann-Whitney U test (staff as the first sample) on the numeric \
# answers, storing the result in `result`; also store each group's median answer in \
# `median_q1`, a dict {"staff": ..., "student": ...}."""
# prompt = """
# Do staff and students answer question 1 differently in my survey `survey`? `q1` is a 1-5 \
# Likert answer stored as an ordered categorical and `group` says "staff" or "student". Since the \
# answers are ordinal, run a two-sided Mann-Whitney U test on the 1-5 values, staff first, and \
# keep the result in `result`. Also give me the median answer of each group as a dict \
# `median_q1` with keys "staff" and "student"."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { survey = 'likert' }
# checks = [
#     # U of the staff answers from midranks, or its complement if the samples were swapped
#     "(lambda x, g: (lambda r, n1, n2: np.isclose(result.statistic, r[g == 'staff'].sum() - n1 * (n1 + 1) / 2) or np.isclose(result.statistic, n1 * n2 - (r[g == 'staff'].sum() - n1 * (n1 + 1) / 2)))(scipy.stats.rankdata(x), (g == 'staff').sum(), (g == 'student').sum()))(survey['q1'].to_numpy(dtype=float), survey['group'].to_numpy(dtype=object))",
#     "np.isclose(result.pvalue, scipy.stats.mannwhitneyu(survey.loc[survey['group'] == 'staff', 'q1'].to_numpy(dtype=float), survey.loc[survey['group'] == 'student', 'q1'].to_numpy(dtype=float), alternative='two-sided').pvalue)",
#     "sorted(median_q1) == ['staff', 'student'] and all(np.isclose(median_q1[g], np.median(survey.loc[survey['group'] == g, 'q1'].to_numpy(dtype=float))) for g in ('staff', 'student'))",
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 'nonparametric', 'two-sample', 'categorical']
# [edge_cases]
# min_size = 2
# one_level = false
# why = 'comparing two groups needs at least one respondent in each'
# ///
from scipy import stats

# the test ranks values, so it needs the numbers behind the ordered categories
answers = survey["q1"].astype(int)
staff = answers[survey["group"] == "staff"]
students = answers[survey["group"] == "student"]
result = stats.mannwhitneyu(staff, students, alternative="two-sided")
median_q1 = {"staff": staff.median(), "student": students.median()}
