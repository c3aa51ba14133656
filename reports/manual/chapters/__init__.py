"""The chapters of the service manual, in the order a company writes them (the standard's structure).

Each module holds one chapter: `CLAUSES` (the clauses of GB/T 27922-2011 it serves: the catalog items of the
indicators with those clauses are listed at its end), `TEXTS` (its own sentences in zh, en and es) and
`build(ctx) -> Draft`. Keys are stable across languages.
"""

from __future__ import annotations

from types import ModuleType

from . import (company, complaints, culture, customer_relations, improvement, organisation, product_service,
               promulgation, resources, rules, staffing, supervision)

CHAPTERS: tuple[tuple[str, ModuleType], ...] = (
    ("promulgation", promulgation),
    ("company", company),
    ("culture", culture),
    ("organisation", organisation),
    ("staffing", staffing),
    ("resources", resources),
    ("rules", rules),
    ("product_service", product_service),
    ("customer_relations", customer_relations),
    ("complaints", complaints),
    ("supervision", supervision),
    ("improvement", improvement),
)
