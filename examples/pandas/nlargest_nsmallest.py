# /// example
# task = """
# Find the 5 patients of `trial` with the highest `response` (`top5`, via `nlargest`) and the 5 \
# with the lowest `dose` (`bottom5`, via `nsmallest`)."""
# prompt = """
# Find the 5 patients of `trial` with the highest `response` (`top5`, highest first) and the 5 \
# with the lowest `dose` (`bottom5`, lowest first)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(top5) == min(5, len(trial)) and len(bottom5) == min(5, len(trial))',
#     'top5["response"].is_monotonic_decreasing and bottom5["dose"].is_monotonic_increasing',
#     '(trial["response"].drop(top5.index).dropna() <= top5["response"].min()).all()',
#     '(trial["dose"].drop(bottom5.index).dropna() >= bottom5["dose"].max()).all()',
# ]
# difficulty = 'basic'
# tags = ['sorting']
# edge_cases = true
# ///
top5 = trial.nlargest(5, "response")
bottom5 = trial.nsmallest(5, "dose")
