"""Forms of the web UI: search, sign-up, rate-limited log-in, "watched up to", review."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.core.cache import cache
from django.http import HttpRequest


class SearchForm(forms.Form):
    q = forms.CharField(label="Search shows and people", max_length=200, strip=True)


class SignUpForm(UserCreationForm):
    email = forms.EmailField(label="E-mail", help_text="Used only to reset your password.")

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")


def client_address(request: HttpRequest | None) -> str:
    return (request.META.get("REMOTE_ADDR") if request is not None else None) or "unknown"


def _failures_key(request: HttpRequest | None, username: str) -> str:
    return f"nextseason:login-failures:{client_address(request)}:{username.strip().lower()}"


LOCKED = "Too many failed attempts. Please wait a while before trying again."


class RateLimited:
    """For a log-in form: refuse further attempts for an address and user name after
    ``NEXTSEASON_LOGIN_MAX_FAILURES`` failures, for ``NEXTSEASON_LOGIN_LOCKOUT`` seconds."""

    request: HttpRequest | None
    data: Any

    def clean(self) -> dict[str, Any]:
        key = _failures_key(self.request, self.data.get("username", ""))
        if cache.get(key, 0) >= settings.NEXTSEASON_LOGIN_MAX_FAILURES:
            raise forms.ValidationError(LOCKED, code="locked")
        try:
            cleaned: dict[str, Any] = super().clean()  # type: ignore[misc]
        except forms.ValidationError:
            _count_failure(key)
            raise
        cache.delete(key)
        return cleaned


class RateLimitedLoginForm(RateLimited, AuthenticationForm):
    """Django's log-in form, rate-limited."""


class RateLimitedAdminLoginForm(RateLimited, AdminAuthenticationForm):
    """The admin's log-in form, rate-limited the same way (one counter for both)."""


def _count_failure(key: str) -> None:
    if not cache.add(key, 1, settings.NEXTSEASON_LOGIN_LOCKOUT):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, settings.NEXTSEASON_LOGIN_LOCKOUT)


class WatchedForm(forms.Form):
    watched_up_to = forms.TypedChoiceField(label="Watched up to", coerce=int)

    def __init__(self, *args: Any, seasons: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(0, "nothing yet")] + [(n, f"season {n}") for n in seasons]
        self.fields["watched_up_to"].choices = choices


class SuggestionForm(forms.Form):
    suggestion = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    decision = forms.ChoiceField(choices=[("accept", "Merge"), ("reject", "Keep apart")])


class UndoMergeForm(forms.Form):
    merge = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class ConflictChoiceForm(forms.Form):
    show = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    season = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    kind = forms.CharField(max_length=20, widget=forms.HiddenInput)
    side = forms.IntegerField(min_value=0, label="The right answer")
