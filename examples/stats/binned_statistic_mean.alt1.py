import scipy.stats as st

result = st.binned_statistic(
    stations["elevation_m"].to_numpy(), stations["temperature"].to_numpy(), statistic="mean", bins=5
)
bin_means = result.statistic
bin_edges = result.bin_edges
bin_number = result.binnumber
