# /// example
# task = """
# Four daily losses (in thousands) are below. Build them as the list `losses` and compute their \
# 0.9-expectile (the value e that balances 0.9 times the total excess of losses above e with 0.1 \
# times the total shortfall below e) in `expectile_90`, the 0.5-expectile in `expectile_50`, and \
# for comparison the 90th percentile (NumPy's default interpolation) in `percentile_90`.
#
# ```text
# losses  1  2  3  10
# ```
#
# Wanted:
#
# ```text
# expectile_90 = 8.0, expectile_50 = 4.0 (the mean), percentile_90 = 7.9
# ```"""
# prompt = """
# Our risk team wants expectiles instead of quantiles for my `losses` because they react to how \
# big the tail losses are, not only how many there are. Can you give the `0.9` expectile \
# (`expectile_90`), the `0.5` expectile (`expectile_50`) and the plain 90th percentile \
# (`percentile_90`) to compare?
#
# ```text
# losses  1  2  3  10
# ```
#
# I expect
#
# ```text
# expectile_90 = 8.0, expectile_50 = 4.0 (the mean), percentile_90 = 7.9
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(expectile_90, 8.0)',
#     'np.isclose(expectile_50, 4.0)',
#     'np.isclose(percentile_90, 7.9)',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'quantiles']
# ///
import numpy as np
from scipy import stats

losses = [1, 2, 3, 10]

# an expectile weighs how far values lie beyond it, so the 10 pulls it above the 90th percentile
expectile_90 = stats.expectile(losses, alpha=0.9)
expectile_50 = stats.expectile(losses, alpha=0.5)
percentile_90 = np.percentile(losses, 90)
