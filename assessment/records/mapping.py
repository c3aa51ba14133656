"""Which column of a company's file holds which field: the default headers, common Chinese headers, or a mapping
file the user writes (and the store keeps per enterprise for the next import).

A mapping file (YAML or JSON):

    columns:            # field: the file's header
      id: 工单号
      received_at: 受理时间
      resolved_at: 办结时间
    extra:              # further columns kept on purpose (for example a customer's name): field: header
      customer: 客户姓名
    time_zone: Asia/Shanghai

Only mapped columns are stored. Customer names, phone numbers and addresses are kept only when the user maps them
under `extra` on purpose (personal information law).
"""

from __future__ import annotations

from typing import Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .fields import COLUMNS

MAX_MAPPING_BYTES = 64 * 1024

# Headers Chinese helpdesk and spreadsheet exports commonly use, recognised without a mapping file.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("编号", "单号", "工单号", "投诉编号", "记录编号", "ID"),
    "kind": ("类型", "记录类型", "Kind", "Type"),
    "received_at": ("受理时间", "接收时间", "登记时间", "投诉时间", "报修时间", "下单时间", "Received"),
    "acknowledged_at": ("响应时间", "确认时间", "首次响应时间", "Acknowledged"),
    "resolved_at": ("办结时间", "处理完成时间", "完成时间", "解决时间", "结案时间", "Resolved"),
    "category": ("类别", "问题类别", "投诉类别", "Category"),
    "product": ("商品", "产品", "商品名称", "产品名称", "Product"),
    "supplier": ("供应商", "品牌商", "Supplier"),
    "channel": ("渠道", "受理渠道", "来源渠道", "Channel"),
    "outlet": ("网点", "服务网点", "门店", "Outlet"),
    "satisfied": ("是否满意", "满意度", "满意", "Satisfied"),
    "note": ("备注", "说明", "Note"),
}


class MappingError(ValueError):
    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")


class ColumnMapping(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    columns: dict[str, str] = Field(default_factory=dict, max_length=len(COLUMNS))
    extra: dict[str, str] = Field(default_factory=dict, max_length=50)
    time_zone: Optional[str] = Field(default=None, max_length=64)

    @field_validator("columns")
    @classmethod
    def _known_fields(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(COLUMNS))
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; the fields are {', '.join(COLUMNS)}")
        return value

    @field_validator("extra")
    @classmethod
    def _extra_names(cls, value: dict[str, str]) -> dict[str, str]:
        clash = sorted(set(value) & set(COLUMNS))
        if clash:
            raise ValueError(f"{', '.join(clash)} are standard fields: map them under columns")
        return value

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: Optional[str]) -> Optional[str]:
        if value is not None:
            check_zone(value)
        return value

    def resolve(self, headers: tuple[str, ...]) -> dict[str, str]:
        """field -> header for this file: the mapping's columns, else the default or a common header."""
        out: dict[str, str] = {}
        present = set(headers)
        for field in COLUMNS:
            if field in self.columns:
                out[field] = self.columns[field]
            elif field in present:
                out[field] = field
            else:
                alias = next((a for a in ALIASES.get(field, ()) if a in present), None)
                if alias:
                    out[field] = alias
        return out


def check_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (write an IANA name such as Asia/Shanghai)") from None


def parse_mapping(text: str, source: str = "<mapping>") -> ColumnMapping:
    import yaml

    if len(text.encode("utf-8", "surrogatepass")) > MAX_MAPPING_BYTES:
        raise MappingError(source, f"a mapping file is at most {MAX_MAPPING_BYTES // 1024} KB")
    class NoAliases(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                raise MappingError(source, "YAML aliases (*name) are not allowed in a mapping file")
            return super().compose_node(parent, index)

    try:
        raw = yaml.load(text, Loader=NoAliases)  # noqa: S506 (a safe loader that also refuses aliases)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise MappingError(source, f"{where}not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise MappingError(source, "must be a mapping of fields to the file's headers")
    if "columns" not in raw and "extra" not in raw and "time_zone" not in raw:
        raw = {"columns": raw}  # a flat mapping: field: header
    for key in ("columns", "extra"):
        value = raw.get(key)
        if isinstance(value, dict):
            raw[key] = {str(k): str(v) for k, v in value.items() if v is not None}
    try:
        return ColumnMapping.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MappingError(source, f"{where}: {first['msg'].removeprefix('Value error, ')}") from None


def read_mapping(path) -> ColumnMapping:
    from pathlib import Path

    path = Path(path)
    try:
        if path.stat().st_size > MAX_MAPPING_BYTES:
            raise MappingError(str(path), f"a mapping file is at most {MAX_MAPPING_BYTES // 1024} KB")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise MappingError(str(path), "file not found") from None
    except UnicodeDecodeError:
        raise MappingError(str(path), "is not UTF-8 text") from None
    except OSError as exc:
        raise MappingError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    return parse_mapping(text, str(path))
