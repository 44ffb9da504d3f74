"""Runners: read → analyse → (fuse) → store, with progress and a summary of the run."""
