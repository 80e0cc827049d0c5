"""The server-rendered web UI: home, show dossiers, people, the calendar, review, accounts."""
