/// The report tables of each analysis: one place that decides columns, their CSV names and
/// their headings, so every command and `fingov report` show the same table the same way.
///
/// Each analysis has its own file (`RangesTables.swift`, `RepresentationTables.swift`, ...),
/// where a table's columns are listed once with their titles.
public enum Tables {}
