# Answer key for notebooks/02-who-says-what.ipynb.

# %% 02.3
kinds = {
    "all right": "direct",
    "Russia has drafted a 10-page response": "indirect",
    "the initial offers helped": "mixed",
}

# %% 02.1
table = newslab.sources_frame(ann).set_index("source")
lavrov_statements = table.loc["Sergei Lavrov", "statements"]

# %% 02.2
most_words = newslab.sources_frame(ann).sort_values("words_quoted", ascending=False).iloc[0]["source"]

# %% 02.4
named_share = newslab.quotes_frame(ann)["named"].mean()
