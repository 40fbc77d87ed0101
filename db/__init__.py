"""Persistence: peewee models, schema and migrations, search indexes and every SQL query.

This package imports neither ``app`` nor ``ui``.
"""
