"""The catalog registry and the settings: which catalogs the store can score against, which one new
assessments use. The toolkit's bundled catalog is always registered; others are kept as their YAML text, so an
old assessment (and a certificate's cycle) always reads the catalog it was made with."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import select

from criteria import Catalog, CatalogError, default_catalog, parse_catalog

from .audit_trail import note
from .errors import NotFound
from .records import RegisteredCatalog
from .tables import CatalogRow, SettingRow

NEW_ASSESSMENT_CATALOG = "new_assessment_catalog"  # setting: "id\nversion" of the catalog new assessments use
MAX_SETTING_NAME = 100  # settings.key


def builtin_catalog() -> Catalog:
    """The catalog bundled with the toolkit: the registry's first entry and its fallback for new assessments."""
    return default_catalog()


class CatalogRoom:
    def catalog(self, catalog_id: str, version: str) -> Catalog:
        """The catalog `catalog_id` `version`: the built-in one or one registered here (NotFound otherwise)."""
        key = (catalog_id, version)
        if key in self._catalogs:
            return self._catalogs[key]
        builtin = builtin_catalog()
        if (builtin.id, builtin.version) == key:
            return builtin
        with self.reading() as session:
            row = session.scalar(
                select(CatalogRow).where(CatalogRow.catalog_id == catalog_id, CatalogRow.version == version)
            )
            if row is None:
                raise NotFound("catalog", f"{catalog_id} {version}")
            cat = parse_catalog(row.source, source=f"stored catalog {catalog_id} {version}")
        self._catalogs[key] = cat
        return cat

    def register_catalog(self, source: str, name: str = "uploaded catalog") -> Catalog:
        """Validate a catalog (YAML text) and keep it; registering the same id and version twice needs equal
        text. Raises CatalogError listing every problem (`name` says where the text came from)."""
        cat = parse_catalog(source, source=name)
        with self.unit_of_work() as session:
            row = session.scalar(
                select(CatalogRow).where(CatalogRow.catalog_id == cat.id, CatalogRow.version == cat.version)
            )
            if row is None:
                session.add(CatalogRow(catalog_id=cat.id, version=cat.version, source=source))
                note(session, "catalog.register", "catalog", f"{cat.id} {cat.version}",
                     after={"id": cat.id, "version": cat.version, "name": name})
            elif row.source != source:
                raise CatalogError(
                    name,
                    [f"catalog {cat.id} version {cat.version} is already stored with different content; "
                     "give the changed catalog a new version"],
                )
        self._catalogs[(cat.id, cat.version)] = cat
        return cat

    def list_catalogs(self) -> list[tuple[str, str]]:
        """(id, version) of every catalog: the built-in one first, then the registered ones as added."""
        builtin = builtin_catalog()
        out = [(builtin.id, builtin.version)]
        with self.reading() as session:
            for cid, ver in session.execute(select(CatalogRow.catalog_id, CatalogRow.version).order_by(CatalogRow.id)):
                if (cid, ver) not in out:
                    out.append((cid, ver))
        return out

    def registered_catalogs(self, lang: str = "zh") -> list[RegisteredCatalog]:
        """Every catalog with its title in `lang` and which one new assessments use."""
        current = self.default_catalog_for_new()
        out = []
        for cid, ver in self.list_catalogs():
            try:
                title = self.catalog(cid, ver).catalog.title.get(lang)
            except CatalogError:  # stored under an older schema: still listed, by its id
                title = cid
            out.append(RegisteredCatalog(cid, ver, title, (cid, ver) == (current.id, current.version)))
        return out

    def default_catalog_for_new(self) -> Catalog:
        """The catalog new assessments use: the one chosen in the settings, else the built-in one."""
        chosen = self.get_setting(NEW_ASSESSMENT_CATALOG)
        if chosen:
            catalog_id, _, version = chosen.partition("\n")
            try:
                return self.catalog(catalog_id, version)
            except (NotFound, CatalogError):
                pass
        return builtin_catalog()

    def choose_catalog_for_new(self, catalog_id: str, version: str) -> Catalog:
        catalog = self.catalog(catalog_id, version)  # raises NotFound for an unknown one
        self.set_setting(NEW_ASSESSMENT_CATALOG, f"{catalog_id}\n{version}")
        return catalog

    # -- settings --------------------------------------------------------------------------------------------

    def get_setting(self, key: str, default: Optional[str] = None) -> Optional[str]:
        with self.reading() as session:
            row = session.get(SettingRow, key)
            return row.value if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        """Save a setting; a name longer than its column (MAX_SETTING_NAME) is a ValueError, nothing saved."""
        if not isinstance(key, str) or not key or len(key) > MAX_SETTING_NAME:
            raise ValueError(f"a setting's name must be 1 to {MAX_SETTING_NAME} characters: {str(key)[:120]!r}")
        with self.unit_of_work() as session:
            row = session.get(SettingRow, key)
            note(session, "settings.change", "settings", key, before=None if row is None else row.value, after=value)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value
