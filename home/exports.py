"""One export path for every CSV/XLSX the admin produces (ours and Wagtail's own reports).

Every admin spreadsheet goes through Wagtail's ``SpreadsheetExportMixin``; ``install()`` (run
once at start-up by ``HomeConfig.ready``) changes how it writes cells and files:

- a text cell starting with ``= + - @``, a tab or a carriage return is prefixed with ``'``, so
  spreadsheet programs show it instead of running it as a formula (CSV injection);
- date-times are written in Montreal time (``EXPORT_TIME_ZONE``), not UTC;
- CSV files start with a UTF-8 byte-order mark, so French-locale Excel reads the accents;
- the XLSX sheet is named after the export, not "Sheet1".
"""

import datetime
import re
import zoneinfo

from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Same rules as America/Montreal (a link to it in the time-zone database).
EXPORT_TIME_ZONE = zoneinfo.ZoneInfo("America/Toronto")
CSV_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
BYTE_ORDER_MARK = "\ufeff"
# Characters Excel refuses in a sheet name, and its length limit.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def sheet_name(title: str) -> str:
    return SHEET_NAME_FORBIDDEN.sub("-", str(title)).strip("'")[:SHEET_NAME_MAX] or "Export"


def _preprocess_field_value(original):
    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            value = timezone.localtime(value, EXPORT_TIME_ZONE)
            if export_format == self.FORMAT_CSV:
                return value.strftime(CSV_DATETIME_FORMAT)
            value = value.replace(tzinfo=None)
        return neutralise_formula(original(self, field, value, export_format))

    return preprocess_field_value


def _stream_csv(original):
    def stream_csv(self, queryset):
        yield BYTE_ORDER_MARK
        yield from original(self, queryset)

    return stream_csv


def _write_csv_response(original):
    def write_csv_response(self, queryset):
        response = original(self, queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    return write_csv_response


def _write_xlsx(self, queryset, output):
    from openpyxl import Workbook
    from wagtail.admin.views.mixins import ExcelDateFormatter

    workbook = Workbook(write_only=True, iso_dates=True)
    title = getattr(self, "export_sheet_name", None)
    if not title:
        title = self.get_page_title() if hasattr(self, "get_page_title") else None
    worksheet = workbook.create_sheet(title=sheet_name(title or self.get_filename()))
    worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
    date_format = ExcelDateFormatter().get()
    for item in queryset:
        worksheet.append(
            self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format)
        )
    workbook.save(output)


def install() -> None:
    mixin = SpreadsheetExportMixin
    if getattr(mixin, "_passerelle_safe_exports", False):
        return
    mixin.preprocess_field_value = _preprocess_field_value(mixin.preprocess_field_value)
    mixin.stream_csv = _stream_csv(mixin.stream_csv)
    mixin.write_csv_response = _write_csv_response(mixin.write_csv_response)
    mixin.write_xlsx = _write_xlsx
    mixin._passerelle_safe_exports = True
