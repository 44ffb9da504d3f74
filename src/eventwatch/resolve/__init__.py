"""From facts found in sentences to per-document events."""
