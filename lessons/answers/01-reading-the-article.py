# Answer key for notebooks/01-reading-the-article.ipynb.

# %% 01.1
paragraph_count = len(article.paragraphs)

# %% 01.2
lede = article.paragraphs[0].text

# %% 01.3
# One good answer; discuss others. "when" comes from paragraph 3 ("Monday"), not the lede.
five_ws = {
    "who": "Vladimir Putin, with his foreign and defence ministers",
    "what": "signalled that talks with the U.S. and its allies will go on",
    "when": "Monday, 14 February 2022",
    "where": "Moscow, in televised meetings",
    "why": "to counter U.S. warnings of an imminent invasion of Ukraine",
}
