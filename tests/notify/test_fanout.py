"""Fan-out: one row per follower per channel (and one feed row), however often it runs."""

from __future__ import annotations

import datetime as dt

from notify_helpers import make_event, make_show, make_user


def test_fan_out_queues_one_row_per_follower_per_channel_and_is_idempotent(db: dict[str, str]) -> None:
    from nextseason.notify import fan_out, next_digest
    from nextseason.web import models as m

    show, other = make_show(), make_show("Another Show")
    ana, ben, cat = make_user("ana"), make_user("ben"), make_user("cat")
    for user in (ana, ben):
        m.Follow.objects.create(user=user, show=show)
    m.Follow.objects.create(user=cat, show=other)  # follows something else
    m.Channel.objects.create(user=ana, apprise_url="json://127.0.0.1:9/a", mode="instant")
    m.Channel.objects.create(user=ana, apprise_url="json://127.0.0.1:9/b", mode="digest")
    m.Channel.objects.create(user=cat, apprise_url="json://127.0.0.1:9/c")
    event = make_event(show)
    now = dt.datetime(2025, 1, 10, 12, 30, tzinfo=dt.UTC)

    assert fan_out(event.id, now) == 4  # ana: feed + 2 channels; ben: feed
    assert fan_out(event.id, now) == 0  # ON CONFLICT DO NOTHING: a second run adds nothing
    rows = m.Delivery.objects.filter(event=event)
    assert rows.count() == 4
    assert set(rows.filter(channel__isnull=True).values_list("user__username", flat=True)) == {"ana", "ben"}
    digest = rows.get(channel__mode="digest")
    assert digest.next_attempt_at == next_digest(now) and digest.next_attempt_at.date() == dt.date(2025, 1, 11)
    assert rows.get(channel__mode="instant").next_attempt_at == now
    assert not rows.filter(user=cat).exists()
    event.refresh_from_db()
    assert event.fanned_out_at == now


def test_person_followers_hear_of_upcoming_credits_only(db: dict[str, str]) -> None:
    from nextseason.domain.events import CastAdded
    from nextseason.notify import fan_out
    from nextseason.web import models as m

    show = make_show()
    person = m.Person.objects.create(name="Mara Quinn", key="mara quinn")
    fan = make_user("fan")
    m.Follow.objects.create(user=fan, person=person)
    ids = []
    for season, upcoming in ((1, False), (3, True)):
        change = CastAdded(show.title, season, "Mara Quinn", upcoming=upcoming)
        ids.append(
            m.Event.objects.create(
                show=show, person=person, season=season, kind=change.kind, key=f"{show.id}:{change.key}",
                payload=change.payload(),
            ).id
        )
    assert [fan_out(i) for i in ids] == [0, 1]
    assert list(m.Delivery.objects.values_list("event__season", flat=True)) == [3]
