"""Routine files and the routine model."""
