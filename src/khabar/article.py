"""The one type that flows through khabar: an ``Article``, and the spans that annotate its clean text.

Every annotation is a span with character offsets into ``Article.text`` (``text[start:end]``), so a UI can highlight
it and an evaluation can compare it without searching for strings again. Later steps add fields; the JSON Schema
(``khabar schema``) is versioned with :data:`SCHEMA_VERSION`.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.6"

PageType = Literal["article", "listing", "other"]
Role = Literal[
    "headline", "standfirst", "byline", "date", "dateline", "caption", "subhead", "body", "body:list-item",
    "boilerplate:ad-marker", "boilerplate:read-time", "boilerplate:related-story", "boilerplate:video-block",
    "boilerplate:navigation", "boilerplate:share", "boilerplate:legal", "boilerplate:comment",
    "boilerplate:repeat", "boilerplate:other",
]
# Roles whose lines make up the article's clean text (ANNOTATION.md §4: headline is kept but is not in `text`).
TEXT_ROLES = ("standfirst", "subhead", "body", "body:list-item")
KEPT_ROLES = ("headline",) + TEXT_ROLES


class Span(BaseModel):
    """Character offsets into ``Article.text``: ``text[start:end]``."""

    start: int
    end: int


class Paragraph(Span):
    """A paragraph of the clean text with its role and the input line or HTML block it came from."""

    role: Role
    line: int | None = Field(None, description="flattened-text input: the input line it came from")
    block: int | None = Field(None, description="HTML input: the block it came from")


class Line(BaseModel):
    """One non-blank input line of a flattened page, with the role the cleaner gave it and why."""

    n: int = Field(description="0-based index into the input split on '\\n'")
    role: Role
    reason: str
    text: str = Field(description="the line as read (normalized, mojibake repaired)")


class Block(BaseModel):
    """One text block of an HTML page's main content or header, with the role the cleaner gave it and why."""

    n: int = Field(description="0-based position among the page's blocks")
    kind: Literal["paragraph", "heading", "list-item", "quote", "caption", "text"]
    role: Role
    reason: str
    text: str


class Place(Span):
    """Where a quote or a mention stands: offsets into ``text``, or into ``headline``, ``caption`` or ``dateline``
    when ``field`` says so."""

    field: Literal["text", "headline", "caption", "dateline"] = "text"


class Speaker(BaseModel):
    """Who spoke: the fullest name the article gives, and the entity id once entities are linked (step 4)."""

    name: str
    entity: str | None = None


class Quote(BaseModel):
    """A direct quote (the words in quotation marks) or an indirect one (the reported clause, without its cue)."""

    kind: Literal["direct", "indirect"]
    text: str
    speaker: Speaker | None = Field(None, description="null when the article does not say who spoke")
    speaker_description: str | None = Field(None, description="an unnamed sayer as the article words it ('सूत्रों')")
    addressee: str | None = None
    via: Speaker | None = Field(None, description="who reported the speaker's words, when the article quotes them "
                                                   "through someone ('संतोष ने बताया कि करण ने उन्हें फोन पर कहा कि …')")
    cue: str = Field("", description="the words that introduce the quote ('उन्होंने कहा कि', 'ने कहा-')")
    places: list[Place] = Field(default_factory=list, description="every place the quote stands (standfirst and body: two)")


class Entity(BaseModel):
    """A person, place or organisation of the article, with every mention of it."""

    id: str = Field(description="'e1', 'e2', … in order of salience; quotes' speakers point here")
    type: Literal["person", "place", "organisation"]
    name: str = Field(description="the fullest name the article uses")
    latin: str | None = Field(None, description="the page's Latin gloss ('(Kim Jong Un)'), else the name romanized")
    aliases: list[str] = Field(default_factory=list, description="the other forms the article uses (किम, किम जोंग)")
    mentions: list[Place] = Field(default_factory=list)
    salience: float = Field(0.0, description="1 for the most salient entity of the article")


class Source(BaseModel):
    """A medium or body the article credits for information ('अल जजीरा' की रिपोर्ट के मुताबिक)."""

    name: str
    cue: str


class Image(BaseModel):
    """The lead image: its address and caption when the page gives them."""

    url: str | None = None
    caption: str | None = None


class ReadingTime(BaseModel):
    """Reading time of the clean text (headline included), and the page's own claim beside it."""

    minutes: float
    words: int
    words_per_minute: int
    site_claim_minutes: float | None = None


class Article(BaseModel):
    """A news page, analyzed. See docs/FORMAT.md for every field."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    source: str | None = Field(None, description="the path or URL given as input")
    input_format: Literal["text", "html"] = "text"
    language: str = Field("und", description="ISO 639-1 code of the page's main language, or 'und'")
    page_type: PageType = "other"
    headline: str | None = None
    standfirst: str | None = None
    dateline: str | None = None
    byline: str | None = None
    published: str | None = Field(None, description="ISO 8601; with offset when the page gives a zone")
    updated: str | None = Field(None, description="ISO 8601 time of the last update, when the page gives one")
    authors: list[str] = Field(default_factory=list, description="people credited; never a place, weekday or the site")
    section: str | None = None
    topics: list[str] = Field(default_factory=list)
    canonical_url: str | None = None
    site_name: str | None = None
    image: Image | None = None
    evidence: dict[str, str] = Field(default_factory=dict, description="HTML input: where each metadata field came from")
    caption: str | None = None
    subheads: list[str] = Field(default_factory=list)
    text: str = Field("", description="clean article text: standfirst, subheads and body; not the headline")
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    reading_time: ReadingTime | None = None
    quotes: list[Quote] = Field(default_factory=list, description="who said what, in page order")
    sources: list[Source] = Field(default_factory=list, description="media and bodies credited for information")
    entities: list[Entity] = Field(default_factory=list, description="people, places and organisations, most salient first")
    lines: list[Line] | None = Field(None, description="flattened-text input only: every non-blank line")
    blocks: list[Block] | None = Field(None, description="HTML input only: the blocks of the header and main content")
    warnings: list[str] = Field(default_factory=list)

    def span_text(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]


def json_schema() -> dict:
    """The published JSON Schema of :class:`Article`."""
    schema = Article.model_json_schema()
    schema["$id"] = f"https://github.com/khabar/khabar/schema/article-{SCHEMA_VERSION}.json"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
