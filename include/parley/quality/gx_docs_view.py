"""The Data Docs index view Parley configures in GX: the same page, readable without network.

GX 1.24 draws the index's table of validation results in the browser with bootstrap-table loaded
from CDNs; offline (CI, an air-gapped analyst, a headless browser) the table stays empty. GX lets a
project add templates but looks its own up first, so overriding one takes a view class that puts
Parley's templates (``templates/gx_views``) ahead of GX's. The site config names this class
(``site_index_builder.view``); it is imported by GX, not by Parley's code.
"""

from __future__ import annotations

from pathlib import Path

from great_expectations.render.view import DefaultJinjaIndexPageView
from jinja2 import ChoiceLoader, FileSystemLoader

VIEWS = Path(__file__).resolve().parent / "templates" / "gx_views"


class OfflineIndexPageView(DefaultJinjaIndexPageView):
    """GX's index page view with the result tables rendered into the HTML (see the template)."""

    def __init__(self, custom_styles_directory=None, custom_views_directory=None) -> None:
        super().__init__(
            custom_styles_directory=custom_styles_directory,
            custom_views_directory=custom_views_directory,
        )
        self.env.loader = ChoiceLoader([FileSystemLoader(str(VIEWS)), self.env.loader])
