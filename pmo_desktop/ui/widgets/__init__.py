"""Reusable widgets and delegates shared by the views (they paint; they compute nothing)."""
