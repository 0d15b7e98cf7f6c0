"""Media and private uploads in S3-compatible object storage (django-storages), from the
environment; used by production settings (and by the storage and cluster tests).

- ``default`` (images, renditions, course videos, documents): ``<bucket>/media/...``, read
  through the storage's public URL (the bucket policy makes ``media/`` public; documents still
  go through Wagtail's view, which checks collection privacy).
- ``profiles_private`` (participants' videos): ``<private bucket>/private/...``, never public;
  ``profiles.views.serve_video`` checks permission, then redirects to a signed URL that expires
  after ``AWS_PRIVATE_URL_EXPIRE`` seconds (5 minutes).
"""

import os
from urllib.parse import urlsplit


def s3_storages(environ=os.environ) -> dict:
    """The two STORAGES entries, or {} when ``AWS_STORAGE_BUCKET_NAME`` is not set."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {}
    common = {
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 itself.
        "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE", "path"),
        "signature_version": "s3v4",
        "file_overwrite": False,
        "default_acl": None,
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": bucket,
                "location": "media",
                "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
                "querystring_auth": False,
            },
        },
        "profiles_private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or bucket,
                "location": "private",
                "querystring_auth": True,
                "querystring_expire": int(environ.get("AWS_PRIVATE_URL_EXPIRE", "300")),
            },
        },
    }


def s3_origins(environ=os.environ) -> list[str]:
    """Where browsers fetch media from (for the Content-Security-Policy)."""
    if not environ.get("AWS_STORAGE_BUCKET_NAME"):
        return []
    origins = []
    if environ.get("AWS_S3_CUSTOM_DOMAIN"):
        origins.append(f"https://{environ['AWS_S3_CUSTOM_DOMAIN']}")
    endpoint = environ.get("AWS_S3_ENDPOINT_URL")
    if endpoint:
        parts = urlsplit(endpoint)
        origins.append(f"{parts.scheme}://{parts.netloc}")
    else:
        region = environ.get("AWS_S3_REGION_NAME") or "us-east-1"
        origins.append(f"https://s3.{region}.amazonaws.com")
    return origins
