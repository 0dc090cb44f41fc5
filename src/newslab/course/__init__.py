"""The course: exercise checks with coaching feedback, the preflight, the learner's marks.

Where a change goes:

- ``lesson_NN.py``: the exercises of notebook NN, numbered ``NN.M`` as in the notebook, as data:
  an ``Exercise`` with the facts it needs and a ``Mistake`` row for each wrong answer its lesson
  plan expects;
- ``grading.py``: ``Exercise`` and ``Mistake``, and how an answer is judged (right, a named
  mistake, or, on an article nobody checked by hand, the learner's call);
- ``answers.py``: reading an answer as a number, text or date, with coaching for the wrong type;
- ``feedback.py``: the blank ``____`` and ``Feedback``;
- ``registry.py``: ``check()`` and ``exercise_ids()``;
- ``learner_marks.py``: the learner's own marks, saved, and compared with the machine's;
- ``preflight.py``: the start-here checks of model, widgets and versions.

>>> from newslab.course import check
>>> check("00.1", 4).passed
True
"""

from __future__ import annotations

from .feedback import Blank, Feedback, ____
from .registry import check, exercise_ids

__all__ = ["____", "Blank", "Feedback", "check", "exercise_ids"]
