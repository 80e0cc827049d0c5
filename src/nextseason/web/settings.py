"""Django settings, computed from the environment (``DJANGO_SETTINGS_MODULE`` points here).

- ``NEXTSEASON_DATA``: the data directory (default: ``$XDG_DATA_HOME/nextseason``, else
  ``~/.local/share/nextseason``). It holds the SQLite database and the secret key.
- ``DATABASE_URL``: ``postgres://`` / ``postgresql://`` for PostgreSQL, ``sqlite:///PATH``
  for another SQLite file; unset means ``nextseason.sqlite3`` in the data directory.
- ``NEXTSEASON_SECRET_KEY``: Django's secret key; when unset, one is generated once and
  kept in ``secret_key`` in the data directory (there is no default secret in the code).
"""

from __future__ import annotations

import os

from nextseason.web.config import data_dir, database_settings, secret_key

DATA_DIR = data_dir(os.environ)
DATABASES = {"default": database_settings(os.environ.get("DATABASE_URL"), DATA_DIR)}
SECRET_KEY = secret_key(os.environ, DATA_DIR)

DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
ROOT_URLCONF = "nextseason.web.urls"
STATIC_URL = "static/"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "nextseason.web.apps.StoreConfig",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
