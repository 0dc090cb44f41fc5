# Answer key for notebooks/03-entities.ipynb.

# %% 03.1
ents = newslab.entities_frame(ann)
kremlin_label = ents.loc[ents["text"] == "Kremlin", "label"].iloc[0]

# %% 03.4
changed = newslab.entity_comparison_frame(ann)
model_mistake = changed.loc[changed["changed"] & changed["newslab_text"].notna() & changed["spacy_label"].notna(), "newslab_text"].iloc[0]

# %% 03.2
ents = newslab.entities_frame(ann)
lavrov_full_name = ents.loc[ents["text"] == "Lavrov", "canonical"].iloc[0]

# %% 03.3
top_place = newslab.mentions_frame(ann, labels=["GPE"]).iloc[0]["canonical"]
