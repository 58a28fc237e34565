"""Digest (the DAG task ``digest``): what analysts read about a day — the plain-text digest by
country pair (:mod:`.text`, ``parley digest``) and the HTML page with charts (:mod:`.html`,
``parley report``), both read from the warehouse's marts; the weekly marts and page
(:mod:`.weekly`, :mod:`.weekly_html`); what the daily and weekly pages share (:mod:`.page`)."""
