# Answer key for notebooks/00-start-here.ipynb. Each "# %% NN.k" section replaces the
# blank line(s) of that exercise; tests/notebooks runs every section through its check.

# %% 00.1
answer = 2 + 2
