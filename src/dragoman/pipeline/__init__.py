"""The stage contract and the pipeline runner."""

from dragoman.pipeline.runner import Pipeline, StageStats
from dragoman.pipeline.stage import Stage, map_stage

__all__ = ["Pipeline", "Stage", "StageStats", "map_stage"]
