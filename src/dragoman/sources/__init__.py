"""Sources turn inputs into RawPage records (or Failures). They only read."""

from dragoman.sources.files import DEFAULT_MAX_BYTES, decode_bytes, read_bytes, read_paths

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "read_bytes", "read_paths"]
