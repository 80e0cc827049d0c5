"""The claim store: shows, people, source documents, claims, story passages, merges and
reconciled facts.

Names as written stay on every claim (``show_name``, ``person_name``) beside the entity
they were resolved to, so a merge can be undone by pointing those claims elsewhere.
Dates are EDTF strings with their lower and upper bounds as real date columns.
"""

from __future__ import annotations

from django.db import models


class Show(models.Model):
    title = models.CharField(max_length=300)
    native_title = models.CharField(max_length=300, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class ExternalId(models.Model):
    """A show's id at an outside source (TVmaze, IMDb, TheTVDB); for the source it was imported
    from, the upstream last-update time, the hash of the claims last imported and when."""

    show = models.ForeignKey(Show, on_delete=models.CASCADE, related_name="external_ids")
    source = models.CharField(max_length=20)  # 'tvmaze', 'imdb', 'thetvdb', 'tvrage'
    value = models.CharField(max_length=100)
    updated = models.BigIntegerField(null=True, blank=True)  # upstream Unix time
    content_hash = models.CharField(max_length=64, blank=True, default="")
    synced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "value"], name="external_id_unique")]
        indexes = [models.Index(fields=["show", "source"], name="external_show_source")]
        verbose_name = "external id"

    def __str__(self) -> str:
        return f"{self.source}:{self.value}"


class ShowAlias(models.Model):
    """Every name a show is known by (its title too), with its match key."""

    show = models.ForeignKey(Show, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    key = models.CharField(max_length=300, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["show", "name"], name="show_alias_unique")]
        verbose_name_plural = "show aliases"

    def __str__(self) -> str:
        return self.name


class Season(models.Model):
    show = models.ForeignKey(Show, on_delete=models.CASCADE, related_name="seasons")
    number = models.PositiveIntegerField()

    class Meta:
        ordering = ["show", "number"]
        constraints = [models.UniqueConstraint(fields=["show", "number"], name="season_unique")]

    def __str__(self) -> str:
        return f"{self.show} season {self.number}"


class Person(models.Model):
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name


class PersonAlias(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "name"], name="person_alias_unique")]
        verbose_name_plural = "person aliases"

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    """One version of a source document; a changed text at the same key is a new row."""

    ARTICLE, OFFICIAL = "article", "official"
    KINDS = [(ARTICLE, "article"), (OFFICIAL, "official data")]

    key = models.CharField(max_length=1000, db_index=True)  # the URL, or the file's URI
    url = models.URLField(max_length=1000, null=True, blank=True)
    title = models.CharField(max_length=500, blank=True, default="")
    publisher = models.CharField(max_length=200, blank=True, default="")
    published = models.CharField(max_length=40, null=True, blank=True)  # EDTF
    published_lower = models.DateField(null=True, blank=True, db_index=True)
    published_upper = models.DateField(null=True, blank=True)
    published_from = models.CharField(max_length=20, null=True, blank=True)
    content_hash = models.CharField(max_length=64, unique=True)
    fetched_at = models.DateTimeField()
    kind = models.CharField(max_length=10, choices=KINDS, default=ARTICLE)
    version = models.PositiveIntegerField(default=1)
    current = models.BooleanField(default=True)

    class Meta:
        ordering = ["published_lower", "id"]
        constraints = [models.UniqueConstraint(fields=["key", "version"], name="document_version_unique")]

    def __str__(self) -> str:
        return self.title or self.key


class Claim(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="claims")
    ordinal = models.PositiveIntegerField()  # position in the document's claim list
    show = models.ForeignKey(Show, on_delete=models.PROTECT, related_name="claims")
    show_name = models.CharField(max_length=300)  # as the document wrote it
    season = models.PositiveIntegerField(null=True, blank=True)
    part = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20)
    value = models.JSONField(null=True, blank=True)
    stance = models.CharField(max_length=12)
    evidence = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["document", "ordinal"]
        constraints = [models.UniqueConstraint(fields=["document", "ordinal"], name="claim_unique")]
        indexes = [models.Index(fields=["show", "kind"], name="claim_show_kind")]

    def __str__(self) -> str:
        return f"{self.show_name} s{self.season} {self.kind} {self.value!r} ({self.stance})"


class Passage(models.Model):
    """A story passage of one document version: the story so far (spoiler) or what might
    happen (speculation). Kept apart from the claims; never reconciled into facts."""

    SPOILER, SPECULATION = "spoiler", "speculation"
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="passages")
    ordinal = models.PositiveIntegerField()  # position among the document's passages
    show = models.ForeignKey(Show, on_delete=models.PROTECT, related_name="passages")
    show_name = models.CharField(max_length=300)  # as the document wrote it
    season = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=12, choices=[(SPOILER, "the story so far"), (SPECULATION, "what might happen")])
    heading = models.CharField(max_length=300, blank=True, default="")
    text = models.TextField()

    class Meta:
        ordering = ["document", "ordinal"]
        constraints = [models.UniqueConstraint(fields=["document", "ordinal"], name="passage_unique")]

    def __str__(self) -> str:
        return f"{self.show_name} s{self.season} {self.kind}: {self.text[:60]}"


class Credit(models.Model):
    """A cast or crew claim's person, resolved: who, in which show and season, as what."""

    CAST, CREW = "cast", "crew"
    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="credit")
    show = models.ForeignKey(Show, on_delete=models.CASCADE, related_name="credits")
    season = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=4, choices=[(CAST, "cast"), (CREW, "crew")])
    person = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True, related_name="credits")
    person_name = models.CharField(max_length=200, blank=True, default="")  # as written
    character = models.CharField(max_length=200, blank=True, default="")
    role = models.CharField(max_length=20, blank=True, default="")

    class Meta:
        indexes = [models.Index(fields=["show", "kind"], name="credit_show_kind")]

    def __str__(self) -> str:
        return f"{self.person_name} ({self.character or self.role})"


class Merge(models.Model):
    """A name joined to an entity for a stated reason; ``undone_at`` set when reversed."""

    SHOW, PERSON = "show", "person"
    entity = models.CharField(max_length=6, choices=[(SHOW, "show"), (PERSON, "person")])
    target_id = models.BigIntegerField()  # Show.id or Person.id
    name = models.CharField(max_length=300)  # the name merged in, as written
    into = models.CharField(max_length=300)  # the entity's name at the time
    reason = models.CharField(max_length=300)
    score = models.FloatField(default=100.0)
    document = models.ForeignKey(Document, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["entity", "target_id"], name="merge_target")]

    def __str__(self) -> str:
        return f"{self.name} → {self.into} ({self.reason})"


class Suggestion(models.Model):
    """A weak match left for an editor: maybe the same entity, not merged."""

    entity = models.CharField(max_length=6, choices=Merge._meta.get_field("entity").choices)
    name = models.CharField(max_length=300)
    entity_id_a = models.BigIntegerField()
    entity_id_b = models.BigIntegerField()
    candidate = models.CharField(max_length=300)
    reason = models.CharField(max_length=300)
    score = models.FloatField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.name} ~ {self.candidate}? ({self.reason})"


class Fact(models.Model):
    """The reconciled picture of a show, as last computed (current, superseded, conflict;
    resolved: a conflict an editor answered, its chosen side then a current row)."""

    CURRENT, SUPERSEDED, CONFLICT, RESOLVED = "current", "superseded", "conflict", "resolved"
    show = models.ForeignKey(Show, on_delete=models.CASCADE, related_name="facts")
    season = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20)
    value = models.JSONField(null=True, blank=True)
    stance = models.CharField(max_length=12, blank=True, default="")
    status = models.CharField(
        max_length=10,
        choices=[(CURRENT, "current"), (SUPERSEDED, "superseded"), (CONFLICT, "conflict"), (RESOLVED, "resolved")],
    )
    why = models.TextField(blank=True, default="")
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["show", "season", "kind"]

    def __str__(self) -> str:
        return f"{self.show} s{self.season} {self.kind}: {self.value!r} ({self.status})"


# Kept in their own modules; imported here so Django finds them with the store's models.
from nextseason.web.models_api import ApiToken  # noqa: E402, F401
from nextseason.web.models_cache import DossierCache, DossierGeneration  # noqa: E402, F401
from nextseason.web.models_follow import (  # noqa: E402, F401
    Channel,
    Delivery,
    Event,
    FeedItem,
    FeedToken,
    Follow,
    NewsFeed,
    PictureState,
)
from nextseason.web.models_review import ConflictChoice  # noqa: E402, F401
