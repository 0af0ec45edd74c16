# /// example
# task = '''
# Reviews in `docs` (a list of strings) start like "This kettle: ..." or "Bought a tent: ...". This loop pulls the product name (the word before the first colon after "The", "This", "Bought a" or "Our new") into the string Series `product`, missing where a review does not start that way, and counts reviews per product in `product_counts`:
#
# ```python
# import re
#
# import pandas as pd
#
# names = []
# for doc in docs:
#     match = re.match(r"(?:The|This|Bought a|Our new) (\w+):", doc)
#     names.append(match.group(1) if match else None)
# product = pd.Series(names, dtype="string")
# product_counts = product.value_counts()
# ```
#
# Make the extraction vectorised with the pandas string methods, giving the same `product` and `product_counts`.'''
# prompt = '''
# I pull the product out of each review in `docs` ("This kettle: works great" -> kettle; the openers are "The", "This", "Bought a", "Our new") with a Python loop, then count reviews per product:
#
# ```python
# import re
#
# import pandas as pd
#
# names = []
# for doc in docs:
#     match = re.match(r"(?:The|This|Bought a|Our new) (\w+):", doc)
#     names.append(match.group(1) if match else None)
# product = pd.Series(names, dtype="string")
# product_counts = product.value_counts()
# ```
#
# Is there a vectorised pandas way to get the same `product` (missing when there's no match) and `product_counts`?'''
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { docs = 'reviews.docs' }
# checks = [
#     'isinstance(product, pd.Series) and len(product) == len(docs)',
#     '[p if isinstance(p, str) else None for p in product] == [m.group(1) if m else None for m in (__import__("re").match(r"(?:The|This|Bought a|Our new) (\w+):", doc) for doc in docs)]',
#     'product_counts.to_dict() == product.dropna().astype(str).value_counts().to_dict()',
#     'int(product_counts.sum()) == sum(1 for doc in docs if __import__("re").match(r"(?:The|This|Bought a|Our new) (\w+):", doc))',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'text-processing', 'parsing']
# edge_cases = true
# ///
import pandas as pd

# str.extract with one group and expand=False returns a Series, NaN where the pattern fails
product = pd.Series(docs, dtype="string").str.extract(
    r"^(?:The|This|Bought a|Our new) (\w+):", expand=False
)
product_counts = product.value_counts()
