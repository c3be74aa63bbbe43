namespace StPlatform.ServiceDefaults.Export;

/// <summary>
/// One worksheet: a header row and the data rows under it. A cell is a string, a number, a
/// <see cref="DateOnly"/> or <see cref="DateTimeOffset"/> (written as a date the spreadsheet can sort
/// and sum), a bool, or null (left empty).
/// </summary>
public sealed record ExcelSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);
