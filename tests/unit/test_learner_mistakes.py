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
    assert "“&lt;b&gt;”" in html and "“<b>”" not in html  # the learner's text is escaped


def test_a_cell_run_out_of_order_says_which_cell_to_run():
    hint = hint_for(NameError("name 'ann' is not defined"))
    assert "ann = newslab.annotate(article)" in hint and "Run All Above" in hint
    assert "check its spelling" in hint_for(NameError("name 'anm' is not defined"))
    assert hint_for(ValueError("x")) is None


def test_the_extension_shows_a_box_in_a_real_shell(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    import newslab

    shell = InteractiveShell.instance()
    try:
        newslab._coach_in_notebooks()  # what `import newslab` does in a kernel: no config needed
        assert "newslab.ipython" in shell.extension_manager.loaded
        shell.run_cell("ann.entities")
        out = capsys.readouterr().out
        assert "A cell was run out of order" in out and "`ann` does not exist yet" in out
        assert "Traceback" not in out and "line 1 of the cell you ran: ann.entities" in out
        shell.run_cell("anm.entities")  # not a name of the course: the usual traceback, a hint
        out = capsys.readouterr().out
        assert "NameError" in out and "check its spelling" in out
    finally:
        InteractiveShell.clear_instance()


def test_blanks_left_inside_an_answer_are_blanks_not_wrong_answers():
    five = {"who": "Putin", "what": "talks", "when": "Monday", "where": "Moscow", "why": ____}
    got = check("01.3", five, None)
    assert not got.passed and got.mistake == "blank" and got.message == "Still blank: why."
    assert check("04.2", (____, ____)).message == "Still blank: place 1, place 2."
    assert check("05.1", {"precision": 0.8, "recall": ____, "f1": ____}).mistake == "blank"


def test_answers_of_the_wrong_type_get_their_own_coaching():
    from newslab.course.answers import read_date, read_number, read_text

    assert read_number("2 + 2", "x").mistake == "a sum in quotes"
    assert read_number("7", "x").mistake == "a number in quotes"
    assert read_number(True, "x").mistake == "True or False"
    assert read_number(None, "x").mistake == "None"
    assert read_number([1, 2], "x").mistake == "a collection"
    assert read_text(7, "a name").mistake == "a number for text"
    assert read_date("15 March 2024", "d").date.isoformat() == "2024-03-15"
    assert not read_date("15 March 2024", "d").iso and read_date("2024-03-15", "d").iso
    assert read_date("next week", "d").mistake == "not a date"


def test_05_1_does_not_take_the_plain_average_for_f1():
    p, r = 0.8, 2 / 3
    assert not check("05.1", {"precision": p, "recall": r, "f1": (p + r) / 2}).passed
    assert check("05.1", {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}).passed


def test_the_main_article_is_recognised_word_for_word():
    from newslab.article import Article
    from newslab.course.grading import MAIN_TITLE, is_main
    from newslab.loader import load_article
    from tests.conftest import MAIN_ARTICLE

    main = load_article(MAIN_ARTICLE)
    assert is_main(main) and main.title == MAIN_TITLE
    edited = Article.from_text(
        main.body + " One more line.", title=main.title, published="2022-02-14"
    )
    assert not is_main(edited)


def test_learners_errors_are_one_box_with_the_traceback_folded_away():
    from newslab.article import Article, ArticleFormatError
    from newslab.corpus.dataset_cache import DatasetError
    from newslab.ipython import explain

    try:
        Article.from_text("Rain fell.", title="Rain", published="15 March 2024")
    except ArticleFormatError as exc:
        box = explain(exc)
    assert box.what.startswith("'published' must be a date like 2024-05-01")
    assert box.fix.startswith("Write the publication day") and "is 2024-03-15" in box.fix
    missing = explain(DatasetError("The Wikinews sample is not on this machine. Run `x` once."))
    assert missing.what == "The Wikinews sample is not on this machine." and missing.fix
    html = explain(NameError("name 'ann' is not defined"))._repr_html_()
    assert "A cell was run out of order" in html and "<details" in html
    sneaky = DatasetError("<script>alert(1)</script> is not here. Fix it.")
    assert "<script>" not in explain(sneaky)._repr_html_()  # escaped
    assert (
        explain(ValueError("x")) is None and explain(NameError("name 'zz' is not defined")) is None
    )
