"""The fill-in workbook round trip, its pure part: the layout shared by the writer (`reports.fillin`) and the reader,
the reading and checking of filled cells, and what they change in the stored assessment.

`layout` (columns, the hidden sheet, an item's cells and the action mapping), `texts` (its words in zh, en, es),
`reading` (is a file one, the bounded load, each cell checked), `changes` (the changes, conflicts and problems).
"""
