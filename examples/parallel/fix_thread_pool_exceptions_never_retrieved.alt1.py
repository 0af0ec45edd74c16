import concurrent.futures

import scipy.optimize

levels = [-0.5, 0.5, 1.0, 3.0, 5.0]
roots = {}
failed = []


def solve(c):
    return scipy.optimize.brentq(lambda x: x**3 - 2 * x - c, 0, 2)


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    future_to_level = {executor.submit(solve, c): c for c in levels}
    # exception() returns the task's error (None on success) instead of raising it
    for future in concurrent.futures.as_completed(future_to_level):
        c = future_to_level[future]
        if future.exception() is None:
            roots[c] = future.result()
        else:
            failed.append(c)
