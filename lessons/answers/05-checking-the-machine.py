# Answer key for notebooks/05-checking-the-machine.ipynb.

# %% 05.1
tp, fp, fn = 8, 2, 4
precision = tp / (tp + fp)
recall = tp / (tp + fn)
scores = {
    "precision": precision,
    "recall": recall,
    "f1": 2 * precision * recall / (precision + recall),
}
