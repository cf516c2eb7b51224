"""Writing what the portfolio holds to files people open in Excel: formatted workbooks
(``xlsx.write_workbook``), CSV (``csvfile.write_csv``) and team templates that the
importer recognises when they come back (``template``).

This layer takes plain tables (``sheet.Table``: columns with a kind, rows of values) and
lays them out; it reads nothing itself (``operations/exports.py`` gathers the rows).
Like ``reports/`` it sits above ``store/`` and below ``operations/``; it never imports Qt.
"""
