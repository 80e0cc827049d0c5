"""Django settings, computed from the environment (``DJANGO_SETTINGS_MODULE`` points here).

- ``NEXTSEASON_DATA``: the data directory (default: ``$XDG_DATA_HOME/nextseason``, else
  ``~/.local/share/nextseason``). It holds the SQLite database and the secret key.
- ``DATABASE_URL``: ``postgres://`` / ``postgresql://`` for PostgreSQL, ``sqlite:///PATH``
  for another SQLite file; unset means ``nextseason.sqlite3`` in the data directory.
- ``NEXTSEASON_SECRET_KEY``: Django's secret key; when unset, one is generated once and
  kept in ``secret_key`` in the data directory (there is no default secret in the code).
- ``NEXTSEASON_CHANNEL_KEY``: the Fernet key(s) that encrypt channel URLs at rest; when unset,
  one is generated once and kept in ``channel_key`` in the data directory (``web.sealing``).
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
    "ninja",  # the API docs page serves Swagger UI from its static files, not a CDN
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

# --- the web UI and accounts ---------------------------------------------------------
# E-mail (password reset): NEXTSEASON_EMAIL_BACKEND is "console" (default), "file" (messages
# in NEXTSEASON_EMAIL_FILE_PATH, default DATA_DIR/mail) or "smtp" (NEXTSEASON_EMAIL_HOST,
# _PORT, _USER, _PASSWORD, _USE_TLS); NEXTSEASON_EMAIL_FROM is the sender.
_EMAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}
EMAIL_BACKEND = _EMAIL_BACKENDS.get(os.environ.get("NEXTSEASON_EMAIL_BACKEND", "console"), _EMAIL_BACKENDS["console"])
EMAIL_FILE_PATH = os.environ.get("NEXTSEASON_EMAIL_FILE_PATH", str(DATA_DIR / "mail"))
EMAIL_HOST = os.environ.get("NEXTSEASON_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("NEXTSEASON_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("NEXTSEASON_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("NEXTSEASON_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("NEXTSEASON_EMAIL_USE_TLS", "") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("NEXTSEASON_EMAIL_FROM", "nextseason@localhost")
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Login rate limit: after this many failures for one address and user name, wait LOCKOUT seconds.
NEXTSEASON_LOGIN_MAX_FAILURES = int(os.environ.get("NEXTSEASON_LOGIN_MAX_FAILURES", "5"))
NEXTSEASON_LOGIN_LOCKOUT = int(os.environ.get("NEXTSEASON_LOGIN_LOCKOUT", "900"))

# --- background work and notifications -----------------------------------------------
# Django's Tasks (django-tasks backport) with the database backend: ``nextseason worker``
# runs the queued tasks. NEXTSEASON_TASKS_IMMEDIATE=1 runs each task at once, in-process.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if os.environ.get("NEXTSEASON_TASKS_IMMEDIATE") == "1"
            else "django_tasks_db.DatabaseBackend"
        )
    }
}
# Daily digests go out at this UTC hour; instant deliveries retry with exponential backoff
# (NEXTSEASON_RETRY_BASE seconds, doubled per attempt) up to NEXTSEASON_MAX_ATTEMPTS.
NEXTSEASON_DIGEST_HOUR = int(os.environ.get("NEXTSEASON_DIGEST_HOUR", "8"))
NEXTSEASON_RETRY_BASE = float(os.environ.get("NEXTSEASON_RETRY_BASE", "60"))
NEXTSEASON_MAX_ATTEMPTS = int(os.environ.get("NEXTSEASON_MAX_ATTEMPTS", "8"))
# User-added news feeds may point at loopback/private addresses only when this is 1.
NEXTSEASON_ALLOW_PRIVATE_FEEDS = os.environ.get("NEXTSEASON_ALLOW_PRIVATE_URLS", "") == "1"
