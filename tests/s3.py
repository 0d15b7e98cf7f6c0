"""An S3-compatible store in process (moto in server mode) for the storage and cluster tests."""

import json
import socket

import boto3
from moto.server import ThreadedMotoServer

CREDENTIALS = {"aws_access_key_id": "test", "aws_secret_access_key": "test"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def public_media_policy(bucket: str) -> str:
    """Anyone may read ``media/``; ``private/`` stays private (signed URLs only). The same
    policy MinIO gets in compose.yaml."""
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject"],
                    "Resource": [f"arn:aws:s3:::{bucket}/media/*"],
                }
            ],
        }
    )


def start_store(bucket: str, port: int | None = None) -> tuple[ThreadedMotoServer, str]:
    port = port or free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **CREDENTIALS)
    client.create_bucket(Bucket=bucket)
    client.put_bucket_policy(Bucket=bucket, Policy=public_media_policy(bucket))
    return server, endpoint
