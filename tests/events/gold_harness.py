"""The gold-mention harness lives in the package (timeline.events.goldcheck); re-exported for the tests."""

from timeline.events.goldcheck import events_from_gold, gold_merge_scores, gold_records, prediction_records

__all__ = ["events_from_gold", "gold_merge_scores", "gold_records", "prediction_records"]
