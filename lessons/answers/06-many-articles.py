# Answer key for notebooks/06-many-articles.ipynb.

# %% 06.1
anonymous_share = 1 - tables["quotes"]["named"].mean()

# %% 06.2
top_cue = tables["quotes"]["cue"].value_counts().index[0]
