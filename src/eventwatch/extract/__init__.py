"""Extractors: each turns a sentence's tokens into facts with character spans."""
