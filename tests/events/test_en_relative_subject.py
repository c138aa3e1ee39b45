"""An English subject parted from its predicate by a relative clause keeps it in the headline.

"The mill, which opened in 1911, shut its doors in 2031": the relative clause tells the opening; the
predicate after it is the mill's, so the 2031 headline is "The mill shut its doors", not "shut its doors".
Texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

from .built import built, dated


def _titles(tmp_path: Path, text: str) -> dict[str, str]:
    return dict(dated(built(tmp_path, text, "2040-03-03-story.txt")))


def test_a_noun_phrase_before_which_is_the_subject_of_the_predicate_after(tmp_path: Path) -> None:
    text = ("Paper mill to be sold\n\nMarch 3, 2040 - The owners of a paper mill in Tressel said on Monday they "
            "would sell it.\n\nThe mill, which opened in 1911, shut its doors in 2031 after orders fell.\n")
    titles = _titles(tmp_path, text)
    assert titles["1911"] == "The mill opened"
    assert titles["2031"].startswith("The mill shut its doors")


def test_an_irregular_past_after_the_relative_clause(tmp_path: Path) -> None:
    # "laid" is a past tense as "bought" is
    text = ("Quarry news\n\nMarch 3, 2040 - A quarry near Dunmoor will close.\n\n"
            "The quarry, which was dug in 1890, laid off 60 workers in 2035.\n")
    assert _titles(tmp_path, text)["2035"].startswith("The quarry laid off 60 workers")


def test_a_named_subject_is_still_written_as_the_name(tmp_path: Path) -> None:
    # a name before "which" is filled in as the story writes it (not doubled, not cut to a short form)
    text = ("Dairy deal\n\nMarch 3, 2040 - Tessaly Foods raised its dividend on Monday.\n\n"
            "Tessaly Foods, which was founded in 1958, bought rival Arnholt Dairies in 2037.\n")
    assert _titles(tmp_path, text)["2037"].startswith("Tessaly Foods bought rival Arnholt Dairies")


def test_a_name_after_a_dateline_and_a_job_title_is_the_subject(tmp_path: Path) -> None:
    # the sentence opens with the dateline and "Mayor": the name before "who" is still the predicate's subject,
    # so the headline is the concession, not the relative clause's "had led Brenholt"
    text = ("Vote count\n\nMarch 3, 2040 - Mayor Ines Kalloway, who had led Brenholt since 2032, conceded on "
            "Sunday.\n")
    assert _titles(tmp_path, text)["2040-02-26"] == "Ines Kalloway conceded"
