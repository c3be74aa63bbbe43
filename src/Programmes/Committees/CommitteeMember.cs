namespace StPlatform.Programmes.Committees;

/// <summary>A member of a document's steering committee (Ban chỉ đạo) for a dated term.</summary>
public sealed class CommitteeMember
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DocumentId { get; init; }

    public required string Name { get; set; }

    public required string Position { get; set; }

    public required string Organisation { get; set; }

    public CommitteeRole Role { get; set; }

    public DateOnly TermStart { get; set; }

    /// <summary>Open while the member still serves.</summary>
    public DateOnly? TermEnd { get; set; }

    /// <summary>PostgreSQL's xmin: the ETag of the member.</summary>
    public uint Version { get; set; }
}

public enum CommitteeRole
{
    Head,
    Deputy,
    Member,
    Secretariat,
}

public static class CommitteeLabels
{
    public static string Role(CommitteeRole role) => role switch
    {
        CommitteeRole.Head => "Trưởng ban / Head",
        CommitteeRole.Deputy => "Phó trưởng ban / Deputy",
        CommitteeRole.Secretariat => "Tổ thư ký / Secretariat",
        _ => "Thành viên / Member",
    };
}
