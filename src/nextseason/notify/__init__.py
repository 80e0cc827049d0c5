"""Events -> deliveries -> channels (Apprise URLs, the per-user feeds), exactly once.

``record_changes`` keeps a show's followed facts and records each change as an ``Event``
(unique key: once); ``fan_out`` queues one ``Delivery`` per follower per channel with one
``INSERT ... SELECT ... ON CONFLICT DO NOTHING``; ``deliver_due`` sends what is due, per
channel in event order, with retries and exponential backoff, daily digests grouped.
Needs Django set up (``nextseason.web.setup()``).
"""

from __future__ import annotations

from nextseason.notify.channels import check_channel_url
from nextseason.notify.deliver import DeliverReport, apprise_send, deliver_due
from nextseason.notify.fanout import fan_out, next_digest
from nextseason.notify.record import DjangoEventSink, record_changes

__all__ = [
    "DeliverReport",
    "DjangoEventSink",
    "apprise_send",
    "check_channel_url",
    "deliver_due",
    "fan_out",
    "next_digest",
    "record_changes",
]
