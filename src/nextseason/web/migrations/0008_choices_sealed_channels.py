# Editors' conflict choices become reconciliation input (the chosen side's kind and stance,
# the sides the conflict held then; a "resolved" fact status), and channel URLs are stored
# encrypted (existing rows are sealed here, and opened again when migrating back).

from django.db import migrations, models

FIRM = ("asserted", "denied")


def _family(kind):
    return ("premiere", "no_premiere_date") if kind == "premiere" else (kind,)


def fill_choices(apps, schema_editor):
    """Older choices kept only the value: take the side's kind and stance from the claims
    saying that value, and as the sides seen every firm answer known when the choice was made."""
    ConflictChoice = apps.get_model("nextseason", "ConflictChoice")
    Claim = apps.get_model("nextseason", "Claim")
    for choice in ConflictChoice.objects.filter(side_kind=""):
        claims = Claim.objects.filter(
            show_id=choice.show_id, season=choice.season, kind__in=_family(choice.kind),
            stance__in=FIRM, document__current=True, document__fetched_at__lte=choice.created_at,
        ).order_by("stance", "id")
        seen, side = [], None
        for kind, value, stance in claims.values_list("kind", "value", "stance"):
            if [kind, value, stance] not in seen:
                seen.append([kind, value, stance])
            if side is None and value == choice.value:
                side = (kind, stance)
        choice.side_kind, choice.stance = side or (choice.kind, "asserted")
        choice.seen = seen
        choice.save(update_fields=["side_kind", "stance", "seen"])


def seal_channels(apps, schema_editor):
    from nextseason.web.sealing import masked_url, seal

    Channel = apps.get_model("nextseason", "Channel")
    for channel in Channel.objects.all():
        channel.sealed_url = seal(channel.apprise_url)
        channel.masked_url = masked_url(channel.apprise_url)[:300]
        channel.apprise_url = ""
        channel.save(update_fields=["sealed_url", "masked_url", "apprise_url"])


def open_channels(apps, schema_editor):
    from nextseason.web.sealing import unseal

    Channel = apps.get_model("nextseason", "Channel")
    for channel in Channel.objects.all():
        channel.apprise_url = unseal(channel.sealed_url)
        channel.save(update_fields=["apprise_url"])


class Migration(migrations.Migration):

    dependencies = [
        ('nextseason', '0007_dossier_cache'),
    ]

    operations = [
        migrations.AddField(
            model_name='conflictchoice',
            name='seen',
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name='conflictchoice',
            name='side_kind',
            field=models.CharField(blank=True, default='', max_length=20),
        ),
        migrations.AddField(
            model_name='conflictchoice',
            name='stance',
            field=models.CharField(blank=True, default='asserted', max_length=12),
        ),
        migrations.RunPython(fill_choices, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='fact',
            name='status',
            field=models.CharField(choices=[('current', 'current'), ('superseded', 'superseded'), ('conflict', 'conflict'), ('resolved', 'resolved')], max_length=10),
        ),
        migrations.AddField(
            model_name='channel',
            name='sealed_url',
            field=models.TextField(default=''),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='channel',
            name='masked_url',
            field=models.CharField(blank=True, default='', max_length=300),
        ),
        migrations.RunPython(seal_channels, open_channels),
        migrations.AlterField(  # a default, so that migrating back can add the column again
            model_name='channel',
            name='apprise_url',
            field=models.CharField(default='', max_length=2000),
        ),
        migrations.RemoveField(
            model_name='channel',
            name='apprise_url',
        ),
    ]
