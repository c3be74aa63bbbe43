using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>
/// Someone says an existing entry is their organisation's and asks to manage it. An editor
/// checks the evidence; an approved claimant becomes the entry's contact.
/// </summary>
public sealed class Claim
{
    public const int TextMaxLength = 200;
    public const int EvidenceMaxLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public required string ClaimantName { get; init; }

    public required string Position { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }

    public required string Evidence { get; init; }

    public ClaimState State { get; private set; }

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>Approves this claim: the claimant becomes the contact, and every other open claim on the entry is rejected.</summary>
    public bool Approve(Organisation organisation, IEnumerable<Claim> otherOpenClaims, string editor, DateTimeOffset now)
    {
        if (State != ClaimState.Pending || organisation.Id != OrganisationId)
        {
            return false;
        }
        Decide(ClaimState.Approved, editor, now);
        foreach (var other in otherOpenClaims.Where(c => c.Id != Id))
        {
            other.Reject(editor, now);
        }
        organisation.Email = Email;
        organisation.Phone = Phone ?? organisation.Phone;
        organisation.ClaimedAt = now;
        return true;
    }

    public bool Reject(string editor, DateTimeOffset now)
    {
        if (State != ClaimState.Pending)
        {
            return false;
        }
        Decide(ClaimState.Rejected, editor, now);
        return true;
    }

    private void Decide(ClaimState state, string editor, DateTimeOffset now)
    {
        State = state;
        DecidedBy = editor;
        DecidedAt = now;
    }
}

public enum ClaimState
{
    Pending,
    Approved,
    Rejected,
}
