"""The assessment exchange file in and out: JSON (read, validate, write). The Excel result workbook is
`reports.workbook`.

Every problem with a file is reported as an `ExchangeError` whose `problems` each name the file, the place
(`responses[3] (item '2.4.1') field 'failed_samples'`) and what is wrong, so a person can fix the file by hand;
`ExchangeError.messages(lang)` gives the same problems in zh, en or es. The file is read strictly, as its JSON
Schema says: no value is coerced (`"samples": "12"`, `true` or `12.0` is refused), dates are `YYYY-MM-DD` within
`models.EARLIEST_DATE` .. `models.LATEST_DATE`, and no number has more than `MAX_NUMBER_DIGITS` digits.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from criteria import Catalog

from .models import FORMAT, FORMAT_VERSION, Assessment
from .problems import ExchangeError, Problem, Word, from_pydantic, from_text, place_of
from .scoring import check_responses

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_NUMBER_DIGITS",
    "SCHEMA_PATH",
    "ExchangeError",
    "Problem",
    "assessment_from_data",
    "decode_json",
    "dump_assessment",
    "json_schema",
    "parse_assessment",
    "read_assessment",
    "read_json",
    "validate_for_catalog",
    "write_assessment",
    "write_atomically",
    "write_json_schema",
]

MAX_FILE_BYTES = 5 * 1024 * 1024
# No number of the format needs more digits; longer ones are refused before Python converts them.
MAX_NUMBER_DIGITS = 100
SCHEMA_PATH = Path(__file__).with_name("schema") / "assessment.schema.json"


# --- reading ---------------------------------------------------------------------------------------------


def read_assessment(path: str | Path) -> Assessment:
    """Read and validate one exchange file. Raises ExchangeError naming the file and every problem."""
    return assessment_from_data(read_json(path), str(path))


def read_json(path: str | Path) -> Any:
    """Read a JSON file as the exchange file is read: at most MAX_FILE_BYTES, UTF-8, strict JSON (`decode_json`).

    Raises ExchangeError naming the file. Also for other small JSON inputs of the toolkit (an effort map).
    """
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError(source, [_too_large(size)])
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(source, [Problem("file_not_found")]) from None
    except IsADirectoryError:
        raise ExchangeError(source, [Problem("is_directory")]) from None
    except OSError as exc:
        raise ExchangeError(source, [Problem("cannot_read", values={"reason": exc.strerror or exc})]) from None
    if len(data) > MAX_FILE_BYTES:  # the file grew between stat and read
        raise ExchangeError(source, [_too_large(len(data))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(source, [Problem("not_utf8", values={"byte": exc.start})]) from None
    return decode_json(text, source)


def parse_assessment(text: str, source: str = "<assessment>") -> Assessment:
    """Parse and validate the text of an exchange file; `source` names it in errors."""
    return assessment_from_data(decode_json(text, source), source)


def decode_json(text: str, source: str = "<json>") -> Any:
    """Strict JSON: no key twice in one object, no NaN or Infinity, no number of more than MAX_NUMBER_DIGITS digits
    (Python refuses to convert very long ones), bounded size and nesting. Raises ExchangeError naming the place."""
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise ExchangeError(source, [_too_large(len(text.encode("utf-8", "surrogatepass")))])
    too_long: list[_LongNumber] = []

    def bounded_int(digits: str):
        if len(digits) <= MAX_NUMBER_DIGITS:
            return int(digits)
        too_long.append(_LongNumber(len(digits.lstrip("-"))))
        return too_long[-1]

    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant,
                         parse_int=bounded_int)
    except json.JSONDecodeError as exc:
        raise ExchangeError(source, [Problem("invalid_json", values={
            "line": exc.lineno, "column": exc.colno, "reason": exc.msg})]) from None
    except _JSONProblem as exc:
        raise ExchangeError(source, [exc.problem]) from None
    except RecursionError:
        raise ExchangeError(source, [Problem("too_deep")]) from None
    long_numbers = list(_long_numbers(raw)) if too_long else []  # their places, found only when there are some
    if long_numbers:
        raise ExchangeError(source, [
            Problem("number_too_long", *place_of(loc, raw), values={"digits": digits, "limit": MAX_NUMBER_DIGITS})
            for loc, digits in long_numbers
        ])
    return raw


def assessment_from_data(raw: Any, source: str = "<assessment>") -> Assessment:
    """Validate already-decoded JSON data (a dict) as an exchange file."""
    if not isinstance(raw, dict):
        raise ExchangeError(source, [Problem("not_an_object", values={"kind": _json_type(raw)})])
    problems = _header_problems(raw)
    if problems:  # a file of another format: its other errors would only be noise
        raise ExchangeError(source, problems)
    try:
        return Assessment.model_validate(raw)
    except ValidationError as exc:
        raise ExchangeError(source, [from_pydantic(err, raw) for err in exc.errors()]) from None


def validate_for_catalog(assessment: Assessment, catalog: Catalog, source: str = "<assessment>") -> None:
    """Raise ExchangeError when the responses do not fit the catalog (unknown items, wrong results)."""
    problems = check_responses(catalog, assessment)
    if problems:
        raise ExchangeError(source, [from_text(p) for p in problems])


class _JSONProblem(ValueError):
    def __init__(self, problem: Problem):
        super().__init__(problem.code)
        self.problem = problem


class _LongNumber:
    """A JSON integer too long to convert, kept as its digit count so the whole file's problems can be named."""

    __slots__ = ("digits",)

    def __init__(self, digits: int):
        self.digits = digits


def _long_numbers(raw: Any):
    """(place, digits) of every over-long number, in file order (an explicit stack: the data may nest deeply)."""
    stack: list[tuple[tuple, Any]] = [((), raw)]
    while stack:
        loc, node = stack.pop()
        if isinstance(node, _LongNumber):
            yield loc, node.digits
        elif isinstance(node, dict):
            stack.extend(reversed([((*loc, k), v) for k, v in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([((*loc, i), v) for i, v in enumerate(node)]))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _JSONProblem(Problem("duplicate_key", values={"duplicate": repr(key)}))
        out[key] = value
    return out


def _no_constant(name: str):
    raise _JSONProblem(Problem("not_a_number", values={"name": name}))


def _too_large(size: int) -> Problem:
    return Problem("too_large", values={"size": f"{size / 1024 / 1024:.1f}", "limit": MAX_FILE_BYTES // 1024 // 1024})


def _json_type(value: Any) -> Word:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number", _LongNumber: "number"}
    return Word(f"problem.json.{kinds.get(type(value), 'null')}")


def _header_problems(raw: dict) -> list[Problem]:
    problems = []
    fmt = raw.get("format", FORMAT)
    if fmt != FORMAT:
        problems.append(Problem("wrong_format", ("format",), values={"expected": repr(FORMAT), "got": repr(fmt)}))
    version = raw.get("format_version", FORMAT_VERSION)
    if version != FORMAT_VERSION or isinstance(version, bool):
        problems.append(Problem("unsupported_version", ("format_version",),
                                values={"version": repr(version), "supported": FORMAT_VERSION}))
    return problems


# --- writing ---------------------------------------------------------------------------------------------

# Extension fields left out of the file while they hold their default, so plain files stay plain.
_RESPONSE_DEFAULTS = {"to_reverify": False, "action": "", "owner": "", "due_on": None}
_ENTERPRISE_DEFAULTS = {"contact_email": "", "language": "zh"}
_ACTION_DEFAULTS = {"item": None, "deduction": None, "owner": "", "due_on": None, "done_on": None, "verified_by": "",
                    "verification_note": "", "carried_over": False}


def dump_assessment(assessment: Assessment, catalog: Optional[Catalog] = None) -> str:
    """The exchange file's text: stable key order, UTF-8 friendly (no \\u escapes), two-space indent.

    With a catalog, responses are written in catalog order (unknown items last, as they came).
    Reading the text back gives an equal Assessment (equal up to response order when a catalog reorders).
    """
    data = assessment.model_dump(mode="json")
    responses = data["responses"]
    if catalog is not None:
        order = {item.id: n for n, (_, _, item) in enumerate(catalog.iter_items())}
        responses = sorted(responses, key=lambda r: order.get(r["item"], len(order)))
    data["responses"] = [
        {k: v for k, v in r.items() if not (k in _RESPONSE_DEFAULTS and v == _RESPONSE_DEFAULTS[k])}
        for r in responses
    ]
    for d in data.get("special_deductions", ()):
        if d.get("corrective_action") == "":  # read from older files only: the plan holds the actions
            d.pop("corrective_action")
    for key, default in _ENTERPRISE_DEFAULTS.items():
        if data["enterprise"].get(key) == default:
            data["enterprise"].pop(key)
    if data.get("certificate") and not data["certificate"].get("audits"):
        data["certificate"].pop("audits", None)
    if data.get("service_profile") is None:
        data.pop("service_profile", None)
    if not data.get("actions"):
        data.pop("actions", None)
    else:
        data["actions"] = [{k: v for k, v in a.items() if not (k in _ACTION_DEFAULTS and v == _ACTION_DEFAULTS[k])}
                           for a in data["actions"]]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_assessment(assessment: Assessment, path: str | Path, catalog: Optional[Catalog] = None) -> None:
    """Write the exchange file atomically: a temporary file in the same folder, then os.replace."""
    write_atomically(Path(path), dump_assessment(assessment, catalog).encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write bytes so a reader sees the old file or the new one, never half of one."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o777  # keep an existing file's permissions
    except OSError:
        mode = 0o644  # mkstemp's 0600 would hide a shared file from its readers
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def json_schema() -> dict:
    """The exchange file's JSON Schema, generated from the pydantic models (the models are the truth)."""
    schema = Assessment.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "GB/T 27922-2011 assessment exchange file (format gbt27922-assessment, version 1)",
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def write_json_schema(path: str | Path = SCHEMA_PATH) -> Path:
    """Regenerate assessment/schema/assessment.schema.json (a test checks the committed copy is current)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json_schema_text().encode("utf-8"))
    return path
