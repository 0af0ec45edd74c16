# /// example
# task = """
# Encode which products each order in `orders` contains with the hashing trick: collect the \
# `product` names of every `order_id` (sorted by `order_id`, one entry per order line) and hash \
# them with `FeatureHasher(n_features=16, input_type="string", alternate_sign=False)`. Store the \
# sorted order ids in `order_ids` and the dense (orders x 16) count matrix in `hashed`."""
# prompt = """
# My product catalogue keeps growing, so instead of one-hot columns I want a fixed-width hashed \
# encoding of the products in each order of `orders`: group the `product` of each `order_id` (order \
# ids sorted, each order line counted), hash into 16 columns with `FeatureHasher` \
# (`input_type="string"`, no alternating signs, `alternate_sign=False`) and give me `order_ids` and the dense \
# matrix `hashed`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'list(order_ids) == sorted(orders["order_id"].unique().tolist())',
#     # each product name adds 1 to column |murmurhash3(name)| mod 16
#     '(lambda H: all(np.array_equal(H[i], np.bincount([abs(sklearn.utils.murmurhash3_32(str(p), seed=0)) % 16 for p in orders.loc[orders["order_id"] == oid, "product"]], minlength=16)) for i, oid in enumerate(order_ids)))(np.asarray(hashed))',
#     'np.shape(hashed) == (orders["order_id"].nunique(), 16)',
# ]
# difficulty = 'intermediate'
# tags = ['feature-engineering', 'encoding', 'text-processing']
# edge_cases = true
# ///
from sklearn.feature_extraction import FeatureHasher

baskets = orders.groupby("order_id")["product"].apply(list)
order_ids = baskets.index.to_numpy()
# alternate_sign=False keeps plain counts; collisions then add up instead of cancelling
hasher = FeatureHasher(n_features=16, input_type="string", alternate_sign=False)
hashed = hasher.transform(baskets.tolist()).toarray()
