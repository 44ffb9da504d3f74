"""The analyst's workbench: JSON API and web pages over the event store (`eventwatch serve`)."""
