import textwrap


def wrap_labels(labels, width=12):
    return labels.map(lambda label: "\n".join(textwrap.wrap(label, width)), na_action="ignore")
