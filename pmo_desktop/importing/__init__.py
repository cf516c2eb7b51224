"""The importer: messy Excel trackers in, one undoable import batch out.

Each step is a group of modules that imports only the steps before it (and the shared
``vocab``, ``headerwords``, ``headerwords_it`` and ``headerwords_nl``, the importer's words, and ``gcpause``);
no step reaches back::

    read      book (Workbook, Sheet, Limits, ReadError), read, xlsxparts, csvtext,
     │        extent, mspdi, mpp, mppjava, timeline(dates, bars), xlsxfills — cells
     │        as values (a Gantt sheet's bars as dates); limits checked while reading
     ▼
    tables    region (Region), headercells, sidebyside, rowkinds, tables
     │        — where each table sits; which rows are data
     │   values   cellvalue, dates, numbers, ratings, choices, values, predecessors
     │    │       — one cell → one stored value (no table, no plan)
     ▼    ▼
    columns   detected (DetectedTable, Column, Source), headers, fields, columns,
     │        plandetect, doubt, template, formwords, formpairs, form — what each
     │        column and table holds (a plan: its rows as tasks too; a guess held back;
     │        a signed team template maps itself; a status report laid out as a form,
     │        label beside value, as a one-row project table); a table carries its
     │        Source and its sheet, never the workbook
     ▼
    parse     parsed (ParsedTable), parse, colparse, units
     │        — a table's rows classified and its cells read, once
     ▼
    plan      planned (Plan, TablePlan, Record), plancontext, planrows, builder,
     │        taskrows, planstored, planlinks, rollup, milestonenames, plan
     │        — compared with the store by business key; only ``plan`` runs the
     │        parse step, the rest are given ``parsed`` shapes and never read a cell
     ▼
    apply     apply — one transaction, one batch in the change log

``api`` is the face the CLI and the wizard call; it may use every step.
Intake lists (issue 17) add the shared ``headerwords_intake`` and one module to three
steps: ``intakedetect`` (columns), ``intakeparse`` (parse) and ``intake`` (plan).
``tests/importing/test_step_graph.py`` holds this picture as a rule.
"""
