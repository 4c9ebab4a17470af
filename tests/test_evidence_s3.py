"""The S3 evidence store against a real HTTP S3 fake (moto's server on a local port).

boto3 talks to it exactly as to MinIO or a cloud's object storage: signed requests over HTTP,
the endpoint from DASHBOARD_EVIDENCE_S3_ENDPOINT, the credentials from AWS_* variables.
"""

from __future__ import annotations

import socket

import pytest

from data_access import evidence as reads
from data_access.access import command_line
from data_access.blobstore import BlobMissing, S3BlobStore, sha256_key, store_from_settings
from data_access.commands.evidence import EvidenceUpload, add_evidence, evidence_store
from tests import evidence_files as files
from tests.fixture_data import TODAY

OFFICE = command_line("整改办测试")


@pytest.fixture(scope="module")
def s3_endpoint():
    moto_server = pytest.importorskip("moto.server")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_settings(monkeypatch, s3_endpoint, request):
    import boto3

    bucket = f"evidence-{request.node.name.lower().replace('_', '-')[:40]}"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("DASHBOARD_EVIDENCE_STORE", "s3")
    monkeypatch.setenv("DASHBOARD_EVIDENCE_S3_BUCKET", bucket)
    monkeypatch.setenv("DASHBOARD_EVIDENCE_S3_ENDPOINT", s3_endpoint)
    monkeypatch.setenv("DASHBOARD_EVIDENCE_S3_REGION", "us-east-1")
    monkeypatch.setenv("DASHBOARD_EVIDENCE_S3_PREFIX", "dashboard/")
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=bucket)
    return client, bucket


def test_the_s3_store_puts_gets_and_deduplicates(s3_settings):
    client, bucket = s3_settings
    store = store_from_settings()
    assert isinstance(store, S3BlobStore)
    key, new = store.put(b"photo bytes")
    assert (key, new) == (sha256_key(b"photo bytes"), True)
    assert store.put(b"photo bytes") == (key, False)
    assert store.get(key) == b"photo bytes" and store.exists(key)
    listed = client.list_objects_v2(Bucket=bucket)["Contents"]
    assert [item["Key"] for item in listed] == [f"dashboard/{key}"]
    store.delete(key)
    assert not store.exists(key) and list(store.keys()) == []
    with pytest.raises(BlobMissing):
        store.get(key)


def test_an_upload_goes_to_the_bucket_and_a_failure_leaves_nothing_there(
    s3_settings, engine, fixture_ids, monkeypatch
):
    client, bucket = s3_settings
    content = files.photo(gps=files.SHAOSHAN)
    added = add_evidence(
        engine,
        finding_id=fixture_ids["B5"],
        upload=EvidenceUpload(name="现场.jpg", content=content, phase="after"),
        user=OFFICE,
        today=TODAY,
    )
    store = evidence_store(engine)
    assert isinstance(store, S3BlobStore)
    assert len(list(store.keys())) == 2  # the photo and its thumbnail
    loaded = reads.load_evidence_file(engine, OFFICE, added.id)
    assert loaded.name == "现场.jpg" and loaded.content[:3] == b"\xff\xd8\xff"

    # A transaction that fails after the bytes went up takes them back out of the bucket.
    from data_access.commands import evidence as command

    def broken(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(command, "record_change", broken)
    with pytest.raises(RuntimeError):
        add_evidence(
            engine,
            finding_id=fixture_ids["B5"],
            upload=EvidenceUpload(name="另一张.jpg", content=files.photo("navy")),
            user=OFFICE,
            today=TODAY,
        )
    assert len(client.list_objects_v2(Bucket=bucket)["Contents"]) == 2
