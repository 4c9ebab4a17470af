"""Where evidence files live: a content-addressed blob store, on the local disk or in S3.

A blob's key is the SHA-256 of its bytes, so the same photograph uploaded twice (to two
findings, or twice by mistake) is stored once; the database keeps only the metadata and the
key. The local store spreads keys over two levels of folders (`ab/cd/abcd…`) so that no
folder holds hundreds of thousands of files. Writes go to a temporary file first and are
renamed into place: a crash never leaves half a file under a real key.

The S3 store talks to any S3-compatible service (AWS, MinIO, Ceph, a cloud's object storage)
through boto3; credentials come from boto3's usual sources (AWS_ACCESS_KEY_ID /
AWS_SECRET_ACCESS_KEY, ~/.aws, an instance role) and are never read here.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from core.settings import Settings, evidence_folder, get_settings


def sha256_key(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class BlobMissing(LookupError):
    """A key the store does not hold (a backup restored without its files, a deleted object)."""


class BlobStore(Protocol):
    def put(self, content: bytes) -> tuple[str, bool]:
        """Store the bytes; return their key and whether they were new to the store."""

    def get(self, key: str) -> bytes: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None: ...

    def keys(self) -> Iterator[str]: ...

    def describe(self) -> str: ...


def _check_key(key: str) -> str:
    # Keys are hex digests only: no path can be smuggled into the folder or the bucket.
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise ValueError(f"not a blob key: {key!r}")
    return key


class LocalBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        key = _check_key(key)
        return self.root / key[:2] / key[2:4] / key

    def put(self, content: bytes) -> tuple[str, bool]:
        key = sha256_key(content)
        path = self._path(key)
        if path.exists():
            return key, False
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return key, True

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError as missing:
            raise BlobMissing(key) from missing

    def exists(self, key: str) -> bool:
        return self._path(key).exists()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def keys(self) -> Iterator[str]:
        if not self.root.exists():
            return
        for path in sorted(self.root.glob("??/??/*")):
            if not path.name.startswith("."):
                yield path.name

    def describe(self) -> str:
        return f"本地目录 {self.root}"


class S3BlobStore:
    def __init__(self, bucket: str, *, prefix: str = "", client=None) -> None:
        self.bucket = bucket
        self.prefix = prefix
        self.client = client

    def _key(self, key: str) -> str:
        return f"{self.prefix}{_check_key(key)}"

    def put(self, content: bytes) -> tuple[str, bool]:
        key = sha256_key(content)
        if self.exists(key):
            return key, False
        # An object store's PUT is atomic: readers see the whole object or none.
        self.client.put_object(
            Bucket=self.bucket,
            Key=self._key(key),
            Body=content,
            ChecksumSHA256=_base64_sha256(content),  # the service checks what it received
        )
        return key, True

    def get(self, key: str) -> bytes:
        from botocore.exceptions import ClientError

        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"].read()
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise BlobMissing(key) from error
            raise

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
            return True
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def keys(self) -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix):
            for item in page.get("Contents", []):
                yield item["Key"][len(self.prefix) :]

    def describe(self) -> str:
        return f"对象存储 s3://{self.bucket}/{self.prefix}"


def _base64_sha256(content: bytes) -> str:
    import base64

    return base64.b64encode(hashlib.sha256(content).digest()).decode("ascii")


def store_from_settings(settings: Settings | None = None, *, database_url: str | None = None) -> BlobStore:
    """The store the settings name (docs/deployment.md, “Evidence files”); `database_url`: the
    database actually used, whose folder holds the local store unless a folder is set."""
    settings = settings or get_settings()
    if database_url:
        settings = replace(settings, database_url=database_url)
    if settings.evidence_store == "s3":
        if not settings.evidence_s3_bucket:
            raise ValueError("DASHBOARD_EVIDENCE_STORE=s3 needs DASHBOARD_EVIDENCE_S3_BUCKET")
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=settings.evidence_s3_endpoint,
            region_name=settings.evidence_s3_region,
        )
        return S3BlobStore(settings.evidence_s3_bucket, prefix=settings.evidence_s3_prefix, client=client)
    if settings.evidence_store != "local":
        raise ValueError(f"DASHBOARD_EVIDENCE_STORE must be local or s3, not {settings.evidence_store!r}")
    return LocalBlobStore(evidence_folder(settings))
