counts = [0, 2, 2, 2, 0, 3, 0, 1, 1, 0]
peaks, left_edges, right_edges = [], [], []
i = 1
while i < len(counts) - 1:
    if counts[i] > counts[i - 1]:
        end = i
        while end + 1 < len(counts) and counts[end + 1] == counts[i]:
            end += 1
        # a plateau is a peak when the value drops after it
        if end + 1 < len(counts) and counts[end + 1] < counts[i] and end - i + 1 >= 2:
            peaks.append((i + end) // 2)
            left_edges.append(i)
            right_edges.append(end)
        i = end + 1
    else:
        i += 1
