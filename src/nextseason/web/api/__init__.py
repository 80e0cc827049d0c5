"""The JSON API (django-ninja), mounted at /api/ with its OpenAPI schema at
/api/openapi.json and interactive docs at /api/docs.

Public: shows, search, seasons, dossier (the ``show --json`` format), claims, sources,
calendar. Personal (follows, tokens): ``Authorization: Bearer <token>`` or a session.
"""

from __future__ import annotations

from ninja import NinjaAPI

from nextseason.web.api import auth, personal, shows, sources

api = NinjaAPI(
    title="nextseason",
    version="1",
    description="Shows, seasons, sourced claims and reconciled dossiers; follows with token auth.",
    urls_namespace="api",
    docs_url="/docs",
)
api.add_router("", shows.router)
api.add_router("", sources.router)
api.add_router("", personal.router)
api.add_router("", auth.router)

__all__ = ["api"]
