"""The timeline: events in time order, the publication row, the plot, the TimelineJS file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newslab import Article, annotate
from newslab.frames import TIMELINE_COLUMNS, timeline_frame
from newslab.safe_io import ProtectedPathError
from newslab.timeline import events, export_timelinejs
from tests.conftest import MAIN_ARTICLE

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def ann(nlp):
    return annotate(MAIN_ARTICLE)


def test_events_are_in_time_order_with_the_publication_row(ann):
    df = timeline_frame(ann)
    assert list(df.columns) == TIMELINE_COLUMNS
    assert df["start_date"].is_monotonic_increasing
    assert (df["kind"] == "published").sum() == 1
    first = df.iloc[0]
    assert (first["when"], first["value"]) == ("2014", "2014")  # "since a 2014 war"
    late = df[df["when"] == "late last week"].iloc[0]
    assert (late["start_date"].date(), late["end_date"].date()) == (
        dt.date(2022, 2, 10),
        dt.date(2022, 2, 12),
    )
    assert "Sergei Lavrov" in df[df["when"] == "Monday"]["people"].iloc[0]


def test_reported_events_carry_their_speaker(ann):
    feb20 = next(e for e in events(ann) if e.when == "Feb. 20")
    assert feb20.speaker == "Oksana Antonenko" and feb20.start_date == dt.date(2022, 2, 20)


def _plot(ann, **options):
    import matplotlib

    matplotlib.use("Agg")
    from newslab.plots import plot_timeline

    fig = plot_timeline(ann, **options)
    fig.canvas.draw()
    return fig, fig.axes[0]


def test_plot_opens_on_the_publication_week_with_2014_as_an_arrow_at_the_edge(ann):
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    fig, ax = _plot(ann)
    lo, hi = (mdates.num2date(x).date() for x in ax.get_xlim())
    # the events, read by hand: 2014, then "late last week" (from 2022-02-10) to "Feb. 20"
    assert dt.date(2022, 2, 7) <= lo <= dt.date(2022, 2, 10)
    assert dt.date(2022, 2, 20) <= hi <= dt.date(2022, 2, 23)
    assert "within a week of publication: 2022-02-10 to 2022-02-20 (11 days)" in ax.get_title(
        loc="left"
    )
    labels = [t.get_text() for t in ax.texts]
    assert any(t.startswith("Feb. 20:") for t in labels)
    assert "published 2022-02-14" in labels
    arrows = [t for t in ax.texts if t.arrow_patch is not None]
    assert [t.get_text()[:6] for t in arrows] == ["2014: "]  # its day is in its label
    assert arrows[0].xy[0] == 0  # at the left edge of the axes
    plt.close(fig)
    fig, ax = _plot(ann, whole=True)
    assert mdates.num2date(ax.get_xlim()[0]).year == 2013  # 2014 with its margin
    assert not [t for t in ax.texts if t.arrow_patch is not None]
    plt.close(fig)


def test_a_range_chosen_in_the_explorer_keeps_its_name_when_it_has_one(ann):
    import matplotlib.pyplot as plt

    titles = []
    for since, until in [("2022-02-10", "2022-02-20"), ("2014-01-01", "2022-02-20"),
                         ("2022-02-13", "2022-02-20")]:  # fmt: skip
        fig, ax = _plot(ann, since=since, until=until)
        titles.append(ax.get_title(loc="left").splitlines()[1])
        plt.close(fig)
    assert titles == [
        "within a week of publication: 2022-02-10 to 2022-02-20 (11 days)",
        "every date: 2014-01-01 to 2022-02-20 (2,973 days)",
        "the dates chosen: 2022-02-13 to 2022-02-20 (8 days)",
    ]


def test_plot_marks_differ_in_shape_and_labels_stay_clear_of_the_legend(ann):
    import matplotlib.pyplot as plt

    fig, ax = _plot(ann)
    shapes = {line.get_marker() for line in ax.lines}
    assert {"o", "D", "^"} <= shapes  # a day, someone says so, the publication day
    hollow = [line for line in ax.lines if line.get_markerfacecolor() in ("white", (1, 1, 1, 1))]
    assert len(hollow) == sum(e.uncertain and not e.is_period for e in events(ann))
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "a day",
        "a period",
        "someone says so",
        "placed by a guess",
        "publication day",
    ]
    box = legend.get_window_extent()
    figure = fig.bbox
    for text in ax.texts:
        extent = text.get_window_extent()
        assert not extent.overlaps(box), text.get_text()
        assert figure.x0 - 1 <= extent.x0 and extent.x1 <= figure.x1 + 1, text.get_text()
    plt.close(fig)


def test_timelinejs_file_has_the_required_fields(ann, tmp_path):
    path = export_timelinejs(ann, tmp_path / "timeline.json")
    data = json.loads(path.read_text())
    assert set(data) == {"title", "events"}
    assert data["title"]["text"]["headline"] == "Putin signals talks with U.S. will go on"
    assert len(data["events"]) == len(events(ann)) + 1
    for event in data["events"]:
        assert isinstance(event["start_date"]["year"], int)  # required by TimelineJS3
        assert 1 <= event["start_date"]["month"] <= 12 and 1 <= event["start_date"]["day"] <= 31
        if "end_date" in event:
            assert (
                event["end_date"]["year"],
                event["end_date"]["month"],
                event["end_date"]["day"],
            ) >= (
                event["start_date"]["year"],
                event["start_date"]["month"],
                event["start_date"]["day"],
            )
        assert isinstance(event["text"]["headline"], str) and isinstance(event["text"]["text"], str)


def test_timelinejs_escapes_the_article_and_never_writes_into_seeds(nlp, tmp_path):
    hostile = Article.from_text(
        'On Monday <script>alert(1)</script> met "x" & <b>y</b>.',
        title="<i>t</i>",
        published="2022-02-14",
    )
    data = json.loads(export_timelinejs(annotate(hostile), tmp_path / "t.json").read_text())
    blob = json.dumps(data)
    assert "<script>" not in blob and "&lt;script&gt;" in blob and "<i>" not in blob
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    with pytest.raises(ProtectedPathError, match="never writes into a seeds/ folder"):
        export_timelinejs(annotate(hostile), seeds / "t.json")
