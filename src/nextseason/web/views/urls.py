"""Routes of the web UI and accounts (included from ``nextseason.web.urls``)."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth
from django.urls import path, reverse_lazy
from django.views.generic import RedirectView

from nextseason.web.forms import RateLimitedAdminLoginForm
from nextseason.web.views import accounts, calendar, home, notifications, people, review, shows

admin.site.login_form = RateLimitedAdminLoginForm  # the admin's log-in is rate-limited too
T = "nextseason/accounts/"  # our templates (the admin ships its own registration/ ones)

urlpatterns = [
    path("", home.home, name="home"),
    path("shows/<int:show_id>/", shows.show_page, name="show"),
    path("shows/<int:show_id>/follow", shows.follow, name="follow"),
    path("shows/<int:show_id>/unfollow", shows.unfollow, name="unfollow"),
    path("shows/<int:show_id>/watched", shows.watched, name="watched"),
    path("people/<int:person_id>/", people.person_page, name="person"),
    path("people/<int:person_id>/follow", people.follow_person, name="follow-person"),
    path("people/<int:person_id>/unfollow", people.unfollow_person, name="unfollow-person"),
    path("calendar/", calendar.calendar_page, name="calendar"),
    path("review/", review.review_page, name="review"),
    path("review/suggestion", review.decide_suggestion, name="review-suggestion"),
    path("review/undo", review.undo_merge, name="review-undo"),
    path("review/conflict", review.resolve_conflict, name="review-conflict"),
    path("accounts/signup/", accounts.signup, name="signup"),
    path("accounts/login/", accounts.RateLimitedLoginView.as_view(), name="login"),
    path("accounts/logout/", auth.LogoutView.as_view(), name="logout"),
    path("accounts/", accounts.account, name="account"),
    path("accounts/notifications/", notifications.notifications_page, name="notifications"),
    path("account/notifications/", RedirectView.as_view(pattern_name="notifications", permanent=True)),
    path("accounts/notifications/tokens/new", notifications.create_token, name="notifications-token-new"),
    path("accounts/notifications/tokens/<int:token_id>/revoke", notifications.revoke_token, name="notifications-token-revoke"),
    path("accounts/notifications/channels/new", notifications.add_channel, name="notifications-channel-new"),
    path("accounts/notifications/channels/<int:channel_id>/remove", notifications.remove_channel, name="notifications-channel-remove"),
    path("accounts/notifications/news-feeds/new", notifications.add_news_feed, name="notifications-news-feed-new"),
    path("accounts/notifications/news-feeds/<int:feed_id>/remove", notifications.remove_news_feed, name="notifications-news-feed-remove"),
    path(
        "accounts/password-reset/",
        auth.PasswordResetView.as_view(
            success_url=reverse_lazy("password_reset_done"),
            template_name=T + "password_reset_form.html",
            email_template_name=T + "password_reset_email.txt",
            subject_template_name=T + "password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path("accounts/password-reset/sent/", auth.PasswordResetDoneView.as_view(template_name=T + "password_reset_done.html"), name="password_reset_done"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth.PasswordResetConfirmView.as_view(
            success_url=reverse_lazy("password_reset_complete"), template_name=T + "password_reset_confirm.html"
        ),
        name="password_reset_confirm",
    ),
    path("accounts/reset/done/", auth.PasswordResetCompleteView.as_view(template_name=T + "password_reset_complete.html"), name="password_reset_complete"),
    path(
        "accounts/password/",
        auth.PasswordChangeView.as_view(
            success_url=reverse_lazy("password_change_done"), template_name=T + "password_change_form.html"
        ),
        name="password_change",
    ),
    path("accounts/password/done/", auth.PasswordChangeDoneView.as_view(template_name=T + "password_change_done.html"), name="password_change_done"),
]
