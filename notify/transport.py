"""Delivery of one message: e-mail through smtplib, work-chat group robots through httpx.

No database here. A failure raises `DeliveryError` with a Chinese reason that never holds a
password or a webhook key (core.settings.mask_secret).
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import unquote, urlsplit

import httpx

from core.settings import SMTP_TLS_MODES, Settings, mask_secret
from data_access.commands.notify import OutgoingMessage

TIMEOUT_SECONDS = 15


class DeliveryError(Exception):
    """A message not delivered; the text says why (no secrets). `permanent`: retrying cannot
    help (no mail server configured, a robot type unknown), so the sender does not wait."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    user: str | None
    password: str | None
    tls: str  # starttls | ssl | none
    sender: str

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpServer:
        if not settings.smtp_url:
            raise DeliveryError("未配置发信服务器（DASHBOARD_SMTP_URL），邮件无法发送", permanent=True)
        parts = urlsplit(settings.smtp_url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise DeliveryError(
                f"DASHBOARD_SMTP_URL 须形如 smtp://用户:密码@主机:端口：{mask_secret(settings.smtp_url)}",
                permanent=True,
            )
        if settings.smtp_tls not in SMTP_TLS_MODES:
            raise DeliveryError(
                f"DASHBOARD_SMTP_TLS 只能是 {'、'.join(SMTP_TLS_MODES)}：{settings.smtp_tls}", permanent=True
            )
        tls = "ssl" if parts.scheme == "smtps" else settings.smtp_tls
        default_port = {"ssl": 465, "starttls": 587, "none": 25}[tls]
        return cls(
            host=parts.hostname,
            port=parts.port or default_port,
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            tls=tls,
            sender=settings.smtp_from,
        )


def message_id(message: OutgoingMessage, sender: str) -> str:
    """The same Message-ID for every attempt and every resend of one outbox row, so a mail
    system (or a reader) can tell a resend from a new message."""
    domain = sender.rpartition("@")[2] or "localhost"
    digest = hashlib.sha256(message.idempotency_key.encode()).hexdigest()[:20]
    return f"<outbox-{message.id}-{digest}@{domain}>"


def email_message(message: OutgoingMessage, sender: str) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = sender
    mail["To"] = message.recipient
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = message_id(message, sender)
    mail.set_content(message.body)
    for file_name, mime, content in message.attachments:
        maintype, _, subtype = mime.partition("/")
        mail.add_attachment(content, maintype=maintype, subtype=subtype, filename=file_name)
    return mail


def send_email(message: OutgoingMessage, server: SmtpServer) -> None:
    mail = email_message(message, server.sender)
    try:
        if server.tls == "ssl":
            client = smtplib.SMTP_SSL(
                server.host, server.port, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_SECONDS)
        with client:
            if server.tls == "starttls":
                client.starttls(context=ssl.create_default_context())
            if server.user:
                client.login(server.user, server.password or "")
            refused = client.send_message(mail)
    except smtplib.SMTPAuthenticationError as error:
        raise DeliveryError(f"发信服务器拒绝登录（{error.smtp_code}）") from None
    except smtplib.SMTPRecipientsRefused as error:
        codes = "、".join(f"{code}" for code, _ in error.recipients.values())
        raise DeliveryError(f"收件人被拒收（{codes}）：{message.recipient}") from None
    except smtplib.SMTPResponseException as error:
        text = (
            error.smtp_error.decode(errors="replace")
            if isinstance(error.smtp_error, bytes)
            else str(error.smtp_error)
        )
        raise DeliveryError(f"发信服务器返回错误 {error.smtp_code}：{text[:200]}") from None
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(
            f"无法连接发信服务器 {server.host}:{server.port}（{type(error).__name__}：{error}）"
        ) from None
    if refused:
        raise DeliveryError(f"收件人被拒收：{message.recipient}")


def webhook_payload(channel: str, subject: str, body: str) -> dict:
    """The group robot's message in each platform's public format."""
    if channel == "wecom":
        return {"msgtype": "markdown", "markdown": {"content": f"**{subject}**\n{body}"}}
    if channel == "dingtalk":
        return {"msgtype": "markdown", "markdown": {"title": subject, "text": f"### {subject}\n\n{body}"}}
    if channel == "feishu":
        return {"msg_type": "text", "content": {"text": f"{subject}\n{body}"}}
    raise DeliveryError(f"不支持的群机器人类型：{channel}", permanent=True)


def send_webhook(message: OutgoingMessage, client: httpx.Client) -> None:
    shown = mask_secret(message.recipient)
    try:
        response = client.post(
            message.recipient, json=webhook_payload(message.channel, message.subject, message.body)
        )
    except httpx.HTTPError as error:
        raise DeliveryError(f"无法连接群机器人 {shown}（{type(error).__name__}）") from None
    if response.status_code >= 400:
        raise DeliveryError(f"群机器人 {shown} 返回 HTTP {response.status_code}")
    try:
        answer = response.json()
    except ValueError:
        answer = {}
    # 企业微信 and 钉钉 answer {"errcode": 0}; 飞书 {"code": 0} (older robots {"StatusCode": 0}).
    code = next(
        (answer[k] for k in ("errcode", "code", "StatusCode") if isinstance(answer, dict) and k in answer), 0
    )
    if code not in (0, "0"):
        text = answer.get("errmsg") or answer.get("msg") or answer.get("StatusMessage") or ""
        raise DeliveryError(f"群机器人 {shown} 拒收：{code} {str(text)[:200]}")


class Transport:
    """Sends outbox messages by their channel; one HTTP client for the run."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client = httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False)

    def send(self, message: OutgoingMessage) -> None:
        if message.channel == "email":
            send_email(message, SmtpServer.from_settings(self.settings))
        else:
            send_webhook(message, self._client)

    def close(self) -> None:
        self._client.close()
