"""The stage contract and the pipeline runner."""

from dragoman.pipeline.stage import Stage, map_stage
from dragoman.pipeline.runner import Pipeline, StageStats

__all__ = ["Pipeline", "Stage", "StageStats", "map_stage"]
