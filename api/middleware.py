"""Pure ASGI middleware: body-size limit, HEAD served by GET routes."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ctgraph.api.errors import PayloadTooLarge, error_response


class HeadAsGet:
    """Answer HEAD with the GET route's status and headers and no body (RFC 9110 9.3.2)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def no_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)


class BodyLimit:
    """Reject bodies over `max_bytes` with 413: at once from `Content-Length`, else while streaming."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self.too_large(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise PayloadTooLarge(self.message())
            return message

        await self.app(scope, limited, send)

    def message(self) -> str:
        """What the client is told."""
        return f"request body larger than {self.max_bytes} bytes"

    async def too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 413 without reading the body."""
        await error_response(413, self.message())(scope, receive, send)


# Swagger UI and ReDoc start from an inline script and ReDoc runs a blob: worker; nothing may
# come from elsewhere (ReDoc would otherwise fetch its vendor's logo from a CDN).
DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' blob:; worker-src 'self' blob:; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'"
)


class DocsPolicy:
    """A Content-Security-Policy on the documentation pages: they load from this server only."""

    def __init__(self, app: ASGIApp, *, paths: tuple[str, ...]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return

        async def with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    *message.get("headers", []),
                    (b"content-security-policy", DOCS_POLICY.encode()),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_policy)
