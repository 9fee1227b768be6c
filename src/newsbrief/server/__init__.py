"""HTTP shell: ``POST /v1/summarize`` and the web page, over the same library call as the CLI.

Everything here is transport: limits, status codes and JSON errors. Reading a cluster is
:func:`newsbrief.ingest.jsonl.cluster_from_record`, summarizing is :class:`Summarizer`,
the response is :func:`newsbrief.render.to_dict`, exactly as for ``--format json``.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib.resources import files
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..api import METHODS, Summarizer
from ..errors import NewsbriefError
from ..ingest.jsonl import cluster_from_record
from ..model import Budget, Summary
from ..render import to_dict

STATIC = files(__package__) / "static"


@dataclass(frozen=True)
class ServiceLimits:
    """What one request may ask of the server; over any of them the answer is 413. The time
    budget counts the summarizing itself, not the wait for a free worker."""

    max_body_bytes: int = 10 * 1024 * 1024
    max_documents: int = 2000
    time_budget_seconds: float = 30.0


class DocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=500)
    title: str | None = None
    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article as an HTML page; its main text is extracted.")
    pdf: str | None = Field(None, description="The article as a PDF file, in base64; its text is extracted.")
    url: str | None = Field(None, description="Where the article was published, shown with its source; never fetched.")
    published: str | None = Field(
        None, description="When the article was published, ISO 8601 (2018-09-07T14:02:00Z) or an RFC 2822 date."
    )

    @model_validator(mode="before")
    @classmethod
    def _no_fetching(cls, value: Any) -> Any:
        if isinstance(value, dict) and value.get("url") is not None and all(value.get(key) is None for key in ("text", "html", "pdf")):
            raise ValueError('"url" is never fetched; send the page as "html" or its "text"')
        return value

    @model_validator(mode="after")
    def _one_content(self) -> DocumentIn:
        if [self.text, self.html, self.pdf].count(None) != 2:
            raise ValueError('give exactly one of "text", "html" and "pdf"')
        return self


class SummarizeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field("request", description="Cluster id, echoed in the response.")
    documents: list[DocumentIn] = Field(min_length=1)
    words: int | None = Field(None, ge=0, description="Budget in words (default 100).")
    sentences: int | None = Field(None, ge=0, description="Budget in sentences.")
    chars: int | None = Field(None, ge=0, description="Budget in characters.")
    query: str | None = Field(None, description="Focus the summary on a topic or question (method coverage).")
    method: Literal[tuple(METHODS)] = Field("coverage", description="; ".join(f"{k}: {v}" for k, v in METHODS.items()))  # type: ignore[valid-type]
    language: str | None = Field(
        None,
        description="Write the brief in this language, an ISO 639-1 code (en, de, fr, ...): documents in other "
        "languages are skipped. Default: the language most documents are in.",
    )
    with_texts: bool = Field(False, description="Add each document's cleaned text, in which every sentence is found verbatim.")

    @model_validator(mode="after")
    def _one_budget(self) -> SummarizeRequest:
        self.budget()
        return self

    def budget(self) -> Budget:
        return Budget.one_of(self.words, self.sentences, self.chars)


class LimitExceeded(Exception):
    def __init__(self, limit: str, message: str) -> None:
        super().__init__(message)
        self.limit = limit


def create_app(limits: ServiceLimits = ServiceLimits(), workers: int = 0) -> FastAPI:
    """``workers`` processes summarize, one request each at a time (summarizing is CPU-bound
    Python: threads would share one core); 0 summarizes on a thread of this process."""
    slots = asyncio.Semaphore(max(1, workers))
    pool: ProcessPoolExecutor | None = None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        nonlocal pool
        if workers:
            pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        yield
        if pool is not None:
            pool.shutdown(cancel_futures=True)

    app = FastAPI(
        title="newsbrief",
        version=__version__,
        summary="Short, non-redundant, sourced briefs from clusters of news articles.",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _validation_message(error.errors())}, status_code=422)

    @app.exception_handler(LimitExceeded)
    async def over_limit(request: Request, error: LimitExceeded) -> JSONResponse:
        return JSONResponse({"error": str(error), "limit": error.limit}, status_code=413)

    @app.exception_handler(NewsbriefError)
    async def bad_input(request: Request, error: NewsbriefError) -> JSONResponse:
        return JSONResponse({"error": str(error)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        # FastAPI answers a JSON body it cannot decode with a bare 400.
        if isinstance(error.__cause__, UnicodeDecodeError):
            message = f"the request body is not UTF-8 (byte {error.__cause__.start}); send JSON in UTF-8"
            return JSONResponse({"error": message}, status_code=422)
        message = f"{request.method} {request.url.path}: {str(error.detail).lower()}"
        return JSONResponse({"error": message}, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> JSONResponse:
        return JSONResponse({"error": f"internal error: {type(error).__name__}: {error}"}, status_code=500)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"))

    @app.post("/v1/summarize", responses={413: {"description": "over a limit"}, 422: {"description": "bad input"}})
    async def summarize(request: SummarizeRequest) -> dict[str, Any]:
        """The same JSON as ``newsbrief summarize --format json``."""
        if len(request.documents) > limits.max_documents:
            raise LimitExceeded(
                "max_documents", f"{len(request.documents)} documents, over the limit of {limits.max_documents}"
            )
        record = request.model_dump(include={"id", "documents"}, exclude_none=True)
        summarizer = Summarizer(method=request.method, language=request.language)
        work_args = (record, summarizer, request.budget(), request.query)
        try:
            async with slots:
                work = (
                    asyncio.get_running_loop().run_in_executor(pool, summarize_request, *work_args)
                    if pool is not None
                    else run_in_threadpool(summarize_request, *work_args)
                )
                summary = await asyncio.wait_for(work, limits.time_budget_seconds)
        except TimeoutError:
            raise LimitExceeded(
                "time_budget_seconds",
                f"the cluster took longer than the time budget of {limits.time_budget_seconds:g} s; "
                "send fewer or shorter documents",
            ) from None
        return to_dict(summary, with_texts=request.with_texts)

    return app


def summarize_request(record: dict[str, Any], summarizer: Summarizer, budget: Budget, query: str | None) -> Summary:
    """Reading (HTML extraction included) and summarizing, off the event loop."""
    return summarizer.summarize(cluster_from_record(record, "request"), budget, query)


class BodyLimit:
    """Refuse a request body over ``max_bytes`` before it is read whole: by its declared
    length when it has one, and by counting as it streams in when it does not."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        refused = False

        async def counted() -> Message:
            nonlocal received, refused
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes and not refused:
                refused = True
                await self._refuse(send)
                return {"type": "http.disconnect"}  # the app stops reading and its answer is dropped
            return message

        async def unless_refused(message: Message) -> None:
            if not refused:
                await send(message)

        try:
            await self.app(scope, counted, unless_refused)
        except Exception:
            if not refused:
                raise

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse(
            {"error": f"the request body is over the limit of {_size(self.max_bytes)}", "limit": "max_body_bytes"},
            status_code=413,
        )
        await response({"type": "http"}, _nothing, send)


def _size(count: int) -> str:
    for unit, scale in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if count >= scale:
            return f"{count / scale:.3g} {unit}"
    return f"{count} bytes"


async def _nothing() -> Message:
    return {"type": "http.disconnect"}


def _validation_message(errors: list[dict[str, Any]]) -> str:
    """The first problem, located: ``documents[2].text: Input should be a valid string``."""
    first = errors[0]
    location = first["loc"][1:]
    if first["type"] == "json_invalid":
        return f"malformed JSON at character {location[0]}: {first['ctx']['error']}"
    if not location and first["type"] == "missing":
        return 'the request body is empty; send a JSON object with "documents"'
    if not location and first["type"] == "model_attributes_type":
        return 'the request body must be a JSON object with "documents" (Content-Type: application/json)'
    message = first["msg"].removeprefix("Value error, ")
    path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location).lstrip(".")
    return f"{path}: {message}" if path else message
