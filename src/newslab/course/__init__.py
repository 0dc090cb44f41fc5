"""The course: exercise checks with coaching feedback, the preflight, the learner's marks.

Where a change goes:

- ``lesson_NN.py``: the checks of notebook NN, numbered ``NN.M`` as in the notebook;
- ``feedback.py``: the blank ``____``, ``Feedback``, ``@exercise`` and the ``expect_*`` helpers;
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
