"""Notification settings of the logged-in user: feed tokens (Atom, iCalendar), Apprise
channels, failed deliveries, and the news feeds (RSS/Atom) the user has the worker poll. Every query is filtered by ``request.user``: another user's
token or channel is a 404, the same answer as one that does not exist."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nextseason.errors import InputError
from nextseason.web import models as m

TEMPLATE = "nextseason/accounts/notifications.html"
MAX_FAILED = 50


class TokenForm(forms.Form):
    kind = forms.ChoiceField(label="Feed", choices=[(m.FeedToken.ATOM, "Atom (news)"), (m.FeedToken.ICAL, "iCalendar (dates)")])
    premieres_only = forms.BooleanField(
        label="Premieres only", required=False, help_text="Only premiere dates, nothing else (for a calendar)."
    )


class ChannelForm(forms.Form):
    label = forms.CharField(label="Name (optional)", max_length=100, required=False)
    apprise_url = forms.CharField(
        label="Apprise URL", max_length=2000, help_text="For example mailto://user:password@example.org or ntfy://topic."
    )
    mode = forms.ChoiceField(label="When", choices=[(m.Channel.INSTANT, "at once"), (m.Channel.DIGEST, "a daily digest")])

    def clean_apprise_url(self) -> str:
        from nextseason.notify.channels import check_channel_url

        url = self.cleaned_data["apprise_url"].strip()
        try:
            check_channel_url(url, allow_private=settings.NEXTSEASON_ALLOW_PRIVATE_FEEDS)
        except InputError as exc:
            raise forms.ValidationError(str(exc)) from None
        return url


class NewsFeedForm(forms.Form):
    url = forms.URLField(
        label="News feed (RSS or Atom)", max_length=1000, assume_scheme="https",
        help_text="The worker polls it every 30 minutes; each new article is fetched and read.",
    )


def _page(request: HttpRequest, *, status: int = 200, **extra: Any) -> HttpResponse:
    user = request.user
    failed = (
        m.Delivery.objects.filter(user=user, channel__isnull=False)
        .exclude(status=m.Delivery.SENT)
        .exclude(last_error="")
        .select_related("event__show", "channel")
        .order_by("-id")[:MAX_FAILED]
    )
    context = {
        "tokens": m.FeedToken.objects.filter(user=user).order_by("revoked_at", "-created", "-id"),
        "channels": m.Channel.objects.filter(user=user).order_by("created", "id"),
        "failed": failed,
        "token_form": TokenForm(),
        "channel_form": ChannelForm(),
        "news_feeds": m.NewsFeed.objects.filter(added_by=user).order_by("created", "id"),
        "news_feed_form": NewsFeedForm(),
        **extra,
    }
    return render(request, TEMPLATE, context, status=status)


def _back(request: HttpRequest, text: str, level: int = messages.SUCCESS) -> HttpResponse:
    """Say what was done and go back to the settings page (post/redirect/get)."""
    messages.add_message(request, level, text)
    return HttpResponseRedirect(reverse("notifications"))


@login_required
def notifications_page(request: HttpRequest) -> HttpResponse:
    return _page(request)


@login_required
@require_POST
def create_token(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if not form.is_valid():
        return _page(request, status=400, token_form=form)
    row, secret = m.FeedToken.issue(request.user, form.cleaned_data["kind"], premieres_only=form.cleaned_data["premieres_only"])
    name = "feed-atom" if row.kind == m.FeedToken.ATOM else "feed-ics"
    # Rendered in this answer only: the secret is neither stored nor shown again.
    return _page(request, new_token=row, new_url=request.build_absolute_uri(reverse(name, args=[secret])))


@login_required
@require_POST
def revoke_token(request: HttpRequest, token_id: int) -> HttpResponse:
    get_object_or_404(m.FeedToken, id=token_id, user=request.user).revoke()
    return _back(request, "The feed address is revoked: it no longer works.")


@login_required
@require_POST
def add_channel(request: HttpRequest) -> HttpResponse:
    form = ChannelForm(request.POST)
    if not form.is_valid():
        return _page(request, status=400, channel_form=form)
    data = form.cleaned_data
    channel = m.Channel.objects.create(user=request.user, label=data["label"], apprise_url=data["apprise_url"], mode=data["mode"])
    return _back(request, f"Channel added: {channel}.")


@login_required
@require_POST
def remove_channel(request: HttpRequest, channel_id: int) -> HttpResponse:
    get_object_or_404(m.Channel, id=channel_id, user=request.user).delete()
    return _back(request, "Channel removed.")


@login_required
@require_POST
def add_news_feed(request: HttpRequest) -> HttpResponse:
    from nextseason.web.tasks import add_news_feed as add_feed

    form = NewsFeedForm(request.POST)
    if form.is_valid():
        url = form.cleaned_data["url"]
        if m.NewsFeed.objects.filter(url=url).exists():
            return _back(request, "That news feed is already polled.", messages.INFO)
        try:
            feed = add_feed(url, request.user)
        except InputError as exc:
            form.add_error("url", str(exc))
        else:
            return _back(request, f"News feed added: {feed}.")
    return _page(request, status=400, news_feed_form=form)


@login_required
@require_POST
def remove_news_feed(request: HttpRequest, feed_id: int) -> HttpResponse:
    get_object_or_404(m.NewsFeed, id=feed_id, added_by=request.user).delete()
    return _back(request, "News feed removed: it is no longer polled.")
