# /// example
# task = """
# Evaluate the ranking of one search query below: build `relevance` and `scores` and compute the normalised discounted cumulative gain over all documents in `ndcg_all` and over the top 3 positions in `ndcg_top3` (scikit-learn's `ndcg_score`, linear gains).
#
# ```text
# relevance = [3, 2, 3, 0, 1]            # graded relevance of documents d0..d4
# scores    = [0.9, 0.8, 0.1, 0.2, 0.7]  # the ranker's scores for the same documents
# ```
#
# Wanted:
#
# ```text
# ndcg_all  = 0.9366
# ndcg_top3 = 0.8081
# ```"""
# prompt = """
# How good is my search ranking for this query? True graded `relevance` and my model's `scores`:
#
# ```text
# relevance = [3, 2, 3, 0, 1]            # graded relevance of documents d0..d4
# scores    = [0.9, 0.8, 0.1, 0.2, 0.7]  # the ranker's scores for the same documents
# ```
#
# I need NDCG over the full list as `ndcg_all` and NDCG@3 as `ndcg_top3`:
#
# ```text
# ndcg_all  = 0.9366
# ndcg_top3 = 0.8081
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(ndcg_all, 0.9366, atol=1e-4)',
#     'np.isclose(ndcg_top3, 0.8081, atol=1e-4)',
#     # DCG of the ranking by score over the DCG of the ideal ordering, log2 discounts from position 2
#     '(lambda rel, order: np.isclose(ndcg_top3, np.sum(rel[order][:3] / np.log2(np.arange(2, 5))) / np.sum(np.sort(rel)[::-1][:3] / np.log2(np.arange(2, 5)))))(np.ravel(relevance).astype(float), np.argsort(-np.ravel(scores)))',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'ranking']
# ///
import numpy as np
from sklearn.metrics import ndcg_score

relevance = np.array([[3, 2, 3, 0, 1]])
scores = np.array([[0.9, 0.8, 0.1, 0.2, 0.7]])
# ndcg_score expects one row per query; k=3 only looks at the three top-scored documents
ndcg_all = ndcg_score(relevance, scores)
ndcg_top3 = ndcg_score(relevance, scores, k=3)
