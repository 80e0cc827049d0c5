"""URLs: the admin (for editors: merges, suggestions, claims)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from nextseason.web import feeds
from nextseason.web.api import api

urlpatterns = [path("admin/", admin.site.urls)]
urlpatterns += [path("api/", api.urls)]  # the JSON API; docs at /api/docs
urlpatterns += [path("feeds/<str:token>.atom", feeds.atom_view, name="feed-atom"), path("feeds/<str:token>.ics", feeds.ical_view, name="feed-ics")]  # per-user feeds


def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial endpoint: liveness checks and the baseline of benchmarks/web.py."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns += [path("healthz", healthz, name="healthz")]
urlpatterns += [path("", include("nextseason.web.views.urls"))]  # the web UI and accounts
