"""Accounts: sign up, a rate-limited log-in (Django's views with our templates and forms)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from nextseason.web import models as m
from nextseason.web.forms import RateLimitedLoginForm, SignUpForm


class RateLimitedLoginView(LoginView):
    form_class = RateLimitedLoginForm
    template_name = "nextseason/accounts/login.html"
    redirect_authenticated_user = True


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return HttpResponseRedirect(reverse("home"))
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, f"Welcome, {user.get_username()}.")
        return HttpResponseRedirect(reverse("home"))
    return render(request, "nextseason/accounts/signup.html", {"form": form})


@login_required
def account(request: HttpRequest) -> HttpResponse:
    mine = m.Follow.objects.filter(user=request.user)
    context = {
        "follows": mine.filter(show__isnull=False).select_related("show").order_by("show__title"),
        "people": mine.filter(person__isnull=False).select_related("person").order_by("person__name"),
    }
    return render(request, "nextseason/accounts/account.html", context)
