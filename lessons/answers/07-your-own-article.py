# Answer key for notebooks/07-your-own-article.ipynb: the answer depends on the article.

# %% 07.1
main_source = newslab.sources_frame(ann).sort_values("statements", ascending=False).iloc[0]["source"]
