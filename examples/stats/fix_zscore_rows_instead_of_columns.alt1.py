# pandas' std defaults to ddof=1, so ask for the population SD explicitly
standardized = (measurements - measurements.mean()) / measurements.std(ddof=0)
