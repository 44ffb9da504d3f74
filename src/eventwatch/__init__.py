"""eventwatch: news reports of political violence in, geocoded and deduplicated events out."""

__version__ = "0.1.0"
