"""Running the pipeline at scale: batch runs (local or Ray Data) and feed watching."""
