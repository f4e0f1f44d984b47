"""Extraction stages: figures (numerals, units, what is counted), entities, activity types."""
