"""The stage contract and the pipeline runner."""

from dragoman.pipeline.runner import Pipeline, PipelineError, StageStats
from dragoman.pipeline.stage import Stage, map_stage

__all__ = ["Pipeline", "PipelineError", "Stage", "StageStats", "map_stage"]
