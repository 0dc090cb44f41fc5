# Answer key for notebooks/04-timeline.ipynb.

# %% 04.1
sunday = "2022-02-13"  # Monday 14 February minus one day

# %% 04.2
late_last_week = ("2022-02-10", "2022-02-12")  # Thursday to Saturday of the week of 7 February

# %% 04.3
unplaced = int(newslab.timexes_frame(ann)["start_date"].isna().sum())
