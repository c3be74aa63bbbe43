namespace StPlatform.IntellectualProperty.Import;

public enum ImportPhase
{
    Checking,
    Saving,
    Imported,
    Refused,
    Failed,
}

/// <summary>One row's problems, numbered as a spreadsheet shows them (the header is row 1).</summary>
public sealed record RowError(int Row, string Field, string Message);

/// <summary>
/// An import as its progress page shows it. Kept in memory: a restart loses the page, never data,
/// because the rows are saved in one transaction that a crash rolls back.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; } = Guid.NewGuid();

    public required string FileName { get; init; }

    public required string StartedBy { get; init; }

    public int Total { get; set; }

    private int _processed;

    /// <summary>Rows checked plus rows saved: up to twice <see cref="Total"/>.</summary>
    public int Processed => Volatile.Read(ref _processed);

    public void Advance(int rows) => Interlocked.Add(ref _processed, rows);

    public ImportPhase Phase { get; set; }

    public List<RowError> Errors { get; } = [];

    /// <summary>Checking every row is the first half of the bar, saving them the second.</summary>
    public int Percent => Phase == ImportPhase.Imported ? 100 : Total == 0 ? 0 : (int)(50L * Processed / Total);

    public bool IsRunning => Phase is ImportPhase.Checking or ImportPhase.Saving;
}
