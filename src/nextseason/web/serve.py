"""``nextseason serve``: the web app on Django's own server (one process, no other service)."""

from __future__ import annotations


def run_server(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the web UI, the API and static files at http://HOST:PORT/ until interrupted."""
    from django.conf import settings
    from django.core.management import call_command

    if host not in settings.ALLOWED_HOSTS and host not in ("0.0.0.0", "::"):
        settings.ALLOWED_HOSTS.append(host)
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    # insecure_serving: our CSS is served by the staticfiles app although DEBUG is off.
    call_command("runserver", address, use_reloader=False, insecure_serving=True, use_threading=True)
