"""Reconcile: figures across sources, merged when they agree (``figures``), flagged when they differ (``rules``)."""
