"""Confidence that an event is coded right, as a probability: a logistic model over the
evidence the coder saw (how sure the trigger sense is, whether the actor and target were
identified, how deep in the sentence the trigger sits, what the trained type classifier
says). Its weights are fitted on dev data by scripts/calibrate_confidence.py and shipped
in data/events/calibration.json, so "0.8" means right about 80% of the time there."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

FACTORS = ("sense", "actor_known", "actor_unresolved", "target", "depth", "noun", "type_prob", "type_is_top")


class CalibrationError(ValueError):
    pass


@dataclass(frozen=True)
class Calibration:
    weights: dict[str, float]
    bias: float

    def score(self, factors: dict[str, float]) -> float:
        z = self.bias + sum(self.weights[k] * factors[k] for k in FACTORS)
        return round(1.0 / (1.0 + math.exp(-z)), 3)


def parse(data: dict, where: str) -> Calibration:
    weights = data.get("weights", {})
    if set(weights) != set(FACTORS) or not isinstance(data.get("bias"), (int, float)):
        raise CalibrationError(f"{where}: needs 'bias' and a weight for each of {', '.join(FACTORS)}")
    return Calibration({k: float(v) for k, v in weights.items()}, float(data["bias"]))


@lru_cache(maxsize=None)
def load_calibration() -> Calibration:
    path = resources.files("eventwire").joinpath("data/events/calibration.json")
    return parse(json.loads(path.read_text("utf-8")), "data/events/calibration.json")
