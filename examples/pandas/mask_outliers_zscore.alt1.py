deviation = (measurements - measurements.mean()).abs()
# compare with 2.5 sample standard deviations; a constant column has std 0 and nothing exceeds 0
cleaned = measurements.mask(deviation > 2.5 * measurements.std())
