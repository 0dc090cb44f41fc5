"""Learners' mistakes get coaching, not tracebacks."""

from __future__ import annotations

from newslab.check import ____, check
from newslab.ipython import hint_for


def test_checks_coach_on_wrong_types_blanks_and_empty_answers():
    assert "blank (____)" in check("00.1", ____).message
    wrong_type = check("00.1", "four")
    assert not wrong_type.passed and "I expected a number" in wrong_type.message and wrong_type.hint
    assert "empty" in check("01.2", "   ").message
    assert "There is no exercise '2.1'" in check("2.1", 1).message
    needs = check("02.1", 7)  # forgot the article
    assert not needs.passed and "check('02.1', answer, ann)" in needs.hint
    html = check("00.1", "<b>")._repr_html_()
    assert (
        "&#x27;&lt;b&gt;&#x27;" in html and "str '<b>'" not in html
    )  # the learner's text is escaped


def test_a_cell_run_out_of_order_says_which_cell_to_run():
    hint = hint_for(NameError("name 'ann' is not defined"))
    assert "ann = newslab.annotate(article)" in hint and "Run All Above" in hint
    assert "check its spelling" in hint_for(NameError("name 'anm' is not defined"))
    assert hint_for(ValueError("x")) is None


def test_the_extension_prints_the_hint_in_a_real_shell(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        shell.run_line_magic("load_ext", "newslab.ipython")
        shell.run_cell("ann.entities")
        out = capsys.readouterr().out
        assert "NameError" in out and "newslab: `ann` does not exist yet" in out
    finally:
        InteractiveShell.clear_instance()
