using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Committees;

public sealed record CommitteeMemberRequest(string? Name, string? Position, string? Organisation, string? Role, DateOnly? TermStart, DateOnly? TermEnd = null)
{
    public CommitteeMember ToMember(Guid documentId, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var member = new CommitteeMember
        {
            DocumentId = documentId,
            Name = errors.Text("name", Name, CommitteeMember.NameMaxLength),
            Position = errors.Text("position", Position, CommitteeMember.NameMaxLength),
            Organisation = errors.Text("organisation", Organisation, CommitteeMember.NameMaxLength),
            Role = errors.Choice<CommitteeRole>("role", Role),
            TermStart = errors.Required("termStart", TermStart),
            TermEnd = TermEnd,
        };
        if (TermStart is { } start && TermEnd is { } end && end < start)
        {
            errors.Add("termEnd", "Nhiệm kỳ kết thúc sau khi bắt đầu. / A term ends after it starts.");
        }
        return member;
    }
}
