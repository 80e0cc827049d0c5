# The dossier cache: a per-show generation counter and the stored renderings.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('nextseason', '0006_api_tokens'),
    ]

    operations = [
        migrations.CreateModel(
            name='DossierGeneration',
            fields=[
                ('show_id', models.BigIntegerField(primary_key=True, serialize=False)),
                ('number', models.PositiveBigIntegerField(default=0)),
            ],
        ),
        migrations.CreateModel(
            name='DossierCache',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('show_id', models.BigIntegerField()),
                ('kind', models.CharField(choices=[('api', 'API JSON'), ('page', 'page HTML parts')], max_length=10)),
                ('generation', models.PositiveBigIntegerField()),
                ('code', models.CharField(max_length=32)),
                ('body', models.TextField()),
                ('stored_at', models.DateTimeField(auto_now=True)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('show_id', 'kind'), name='dossier_cache_unique')],
            },
        ),
    ]
