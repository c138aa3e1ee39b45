"""An English "It …" title takes the organisation told as the doer before it: a gazetteer actor whose
canonical name is Chinese is written as the English text writes it, and an exchange or place told after
"on / at / in (the)" is where something happened, not who "it" is."""

from __future__ import annotations

from pathlib import Path

from timeline.pipeline import build_timeline


def _titles(tmp_path: Path, body: str) -> list[str]:
    f = tmp_path / "story.txt"
    f.write_text("Listing news\n" + body + "\n", encoding="utf-8")
    return [e.title for e in build_timeline([f]).events]


def test_it_is_the_company_not_the_exchange(tmp_path):
    titles = _titles(tmp_path, "March 2, 2026 - On May 4, 2018, Alibaba's shares began trading on the New York "
                               "Stock Exchange in a record listing. It added a second listing in Hong Kong in "
                               "June 2021.")
    assert "Alibaba added a second listing in Hong Kong" in titles, titles


def test_an_unlisted_company_and_an_exchange(tmp_path):
    titles = _titles(tmp_path, "March 2, 2026 - Quillon Robotics Inc. listed its shares at the Tallinn Stock "
                               "Exchange on May 4, 2018. It opened a plant in Tartu in June 2021.")
    assert not any(t.startswith(("It ", "Tallinn")) for t in titles), titles
