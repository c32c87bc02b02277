"""The ``briefings`` plugin's options, and what the plugin checks in the rest of ``mkdocs.yml``.

Every option is validated when MkDocs reads ``mkdocs.yml``, so a typo stops the build with
MkDocs' own message (``Plugin 'briefings' option 'jobs': ...``) before any seed is read.
"""
from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.structure.files import Files

from .layout import clean_folder

# What the generated Markdown uses: ``{ data-search-exclude }`` and ``{ .class }`` after
# headings and lines (attr_list), the actors tables (tables), heading ids that links such as
# ``#actors`` point at (toc).
NEEDED_EXTENSIONS = ("attr_list", "tables", "toc")
TAGS_PLUGINS = ("material/tags", "tags")
TAGS_DIRECTIVE = "<!-- material/tags"


class IntRange(c.Type):
    """A whole number from ``low`` to ``high`` (``None``: no upper bound)."""

    def __init__(self, low: int, high: int | None = None, **kwargs) -> None:
        super().__init__(int, **kwargs)
        self.low, self.high = low, high

    def run_validation(self, value):
        if isinstance(value, bool):  # YAML's true/false are ints to Python
            raise ValidationError(f"Expected a whole number, got {value!r}")
        value = super().run_validation(value)
        if value < self.low or (self.high is not None and value > self.high):
            upper = f" to {self.high}" if self.high is not None else " or more"
            raise ValidationError(f"Expected a whole number from {self.low}{upper}, got {value}")
        return value


class Folder(c.Type):
    """A folder inside the docs, as a clean relative path (``""``: the site root)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(str, **kwargs)

    def run_validation(self, value):
        try:
            return clean_folder(super().run_validation(value))
        except ValueError as exc:
            raise ValidationError(f"Expected a folder inside the docs, such as 'news': {exc}") from None


class BriefingsConfig(Config):
    enabled = c.Type(bool, default=True)
    seeds = c.Dir(exists=True, default="seeds")  # relative to mkdocs.yml
    briefings_dir = Folder(default="")  # every generated page and file goes under it; "": the site root
    aliases = c.Optional(c.File(exists=True))  # unset: aliases.yml next to mkdocs.yml, if there is one
    cache_dir = c.Type(str, default=".cache/briefings")  # relative to mkdocs.yml; "": memory only
    jobs = IntRange(0, 1024, default=0)  # analysis processes; 0: every core
    actor_page_min_briefings = IntRange(1, default=2)  # 1: a page for every actor
    search_worker = c.Type(bool, default=True)  # Material's search UI with our worker; false: Material's own
    search_full_text = c.Type(bool, default=False)  # search indexes the article text too (a larger index)


def add_needed_extensions(config) -> list[str]:
    """Turn on the Markdown extensions the generated pages need; returns those it added."""
    have = {(e if isinstance(e, str) else type(e).__module__).removeprefix("markdown.extensions.")
            for e in config.markdown_extensions}
    missing = [name for name in NEEDED_EXTENSIONS if name not in have]
    config.markdown_extensions.extend(missing)
    return missing


def topics_page(config, files: Files) -> str | None:
    """The hand-written page that lists the tags of Material's tags plugin, if the plugin is
    on and there is one: its ``tags_file`` option, else ``tags.md``, else the first page that
    holds the listing directive (``<!-- material/tags -->``)."""
    plugin = next((config.plugins[name] for name in TAGS_PLUGINS if name in config.plugins), None)
    if plugin is None or not getattr(plugin.config, "enabled", True):
        return None
    named = getattr(plugin.config, "tags_file", None)
    if named and files.get_file_from_path(named) is not None:
        return named
    pages = sorted((f for f in files.documentation_pages() if f.generated_by is None), key=lambda f: f.src_uri != "tags.md")
    for f in pages:
        try:
            if TAGS_DIRECTIVE in f.content_string:
                return f.src_uri
        except (OSError, UnicodeDecodeError):
            continue
    return None
