"""URLs: the admin (for editors: merges, suggestions, claims)."""

from __future__ import annotations

from django.contrib import admin
from django.urls import path

urlpatterns = [path("admin/", admin.site.urls)]
