"""The local web page of ``textmine serve``: paste an article or drop a file, read its report."""
from .app import DEFAULT_MAX_UPLOAD, create_app

__all__ = ["DEFAULT_MAX_UPLOAD", "create_app"]
