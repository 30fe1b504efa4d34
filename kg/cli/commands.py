"""Imports every command module so that each registers itself on the group."""

from . import build_cmd, eval_cmd, export_cmd, link_cmd, push_cmd, query_cmd, report_cmd, serve_cmd, validate_cmd, viz_cmd  # noqa: F401
