# /// example
# task = """
# This code stacks two monthly ticket batches, `jan` and `feb`, whose `status` columns are \
# categoricals with different categories, into `tickets`. The combined `status` silently turns \
# into plain text, losing the categorical dtype. Fix it so that `status` in `tickets` stays \
# categorical, with the categories of both batches:
#
# ```python
# import pandas as pd
#
# jan = pd.DataFrame({"ticket": [1, 2, 3], "status": pd.Categorical(["open", "closed", "open"])})
# feb = pd.DataFrame({"ticket": [4, 5], "status": pd.Categorical(["escalated", "open"])})
# tickets = pd.concat([jan, feb], ignore_index=True)
# ```"""
# prompt = """
# I concatenate my monthly ticket exports `jan` and `feb` into `tickets`. `status` is categorical \
# in both, but after `concat` it's just strings (each month had different categories), and my \
# memory use explodes on the full data. I want `status` to stay categorical, knowing every \
# category of both months:
#
# ```python
# import pandas as pd
#
# jan = pd.DataFrame({"ticket": [1, 2, 3], "status": pd.Categorical(["open", "closed", "open"])})
# feb = pd.DataFrame({"ticket": [4, 5], "status": pd.Categorical(["escalated", "open"])})
# tickets = pd.concat([jan, feb], ignore_index=True)
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'isinstance(tickets["status"].dtype, pd.CategoricalDtype)',
#     'set(tickets["status"].cat.categories) == set(jan["status"].cat.categories) | set(feb["status"].cat.categories)',
#     'tickets["status"].astype(str).tolist() == list(jan["status"].astype(str)) + list(feb["status"].astype(str))',
#     'tickets["ticket"].tolist() == [1, 2, 3, 4, 5] and list(tickets.index) == [0, 1, 2, 3, 4]',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'categorical', 'data-types']
# ///
import pandas as pd
from pandas.api.types import union_categoricals

jan = pd.DataFrame({"ticket": [1, 2, 3], "status": pd.Categorical(["open", "closed", "open"])})
feb = pd.DataFrame({"ticket": [4, 5], "status": pd.Categorical(["escalated", "open"])})
# concat keeps a categorical only when every piece has the same categories: give both batches
# the union of the categories first
statuses = union_categoricals([jan["status"], feb["status"]]).categories
shared = pd.CategoricalDtype(statuses)
tickets = pd.concat(
    [jan.astype({"status": shared}), feb.astype({"status": shared})], ignore_index=True
)
