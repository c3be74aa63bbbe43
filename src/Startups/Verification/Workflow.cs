using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>
/// The verification life of a directory entry: submitted → pending verification → verified →
/// stale → closed / acquired / merged. Each step answers what other services must be told.
/// </summary>
public static class Workflow
{
    /// <summary>An editor begins checking a self-submitted entry.</summary>
    public static bool StartVerification(this Organisation organisation)
    {
        if (organisation.State != VerificationState.Submitted)
        {
            return false;
        }
        organisation.State = VerificationState.PendingVerification;
        return true;
    }

    /// <summary>
    /// An editor confirms the entry: a new one joins the directory (<see cref="Change.Registered"/>),
    /// a stale one is current again (<see cref="Change.Updated"/>).
    /// </summary>
    public static Change Verify(this Organisation organisation, DateTimeOffset now)
    {
        var change = organisation.State switch
        {
            VerificationState.Submitted or VerificationState.PendingVerification => Change.Registered,
            VerificationState.Stale => Change.Updated,
            _ => Change.Refused,
        };
        if (change != Change.Refused)
        {
            organisation.State = VerificationState.Verified;
            organisation.LastUpdatedAt = now;
            organisation.Revision++;
        }
        return change;
    }

    /// <summary>
    /// An edit of an entry's details. A stale entry that is edited is current again. Only entries
    /// of the directory count a revision: the others have not been announced yet.
    /// </summary>
    public static Change Edited(this Organisation organisation, DateTimeOffset now)
    {
        organisation.LastUpdatedAt = now;
        if (organisation.State == VerificationState.Stale)
        {
            organisation.State = VerificationState.Verified;
        }
        if (!organisation.IsInDirectory)
        {
            return Change.None;
        }
        organisation.Revision++;
        return Change.Updated;
    }

    /// <summary>
    /// A verified entry not updated for <paramref name="staleAfterMonths"/> months is stale. The
    /// transition is a change other services are told of, so it counts a revision; an entry already
    /// stale is not marked (nor announced) again.
    /// </summary>
    public static bool MarkStaleIfOutdated(this Organisation organisation, DateTimeOffset now, int staleAfterMonths)
    {
        if (organisation.State != VerificationState.Verified || organisation.LastUpdatedAt > StaleBefore(now, staleAfterMonths))
        {
            return false;
        }
        organisation.State = VerificationState.Stale;
        organisation.Revision++;
        return true;
    }

    public static DateTimeOffset StaleBefore(DateTimeOffset now, int staleAfterMonths) => now.AddMonths(-staleAfterMonths);

    /// <summary>The organisation closed or was acquired: it leaves the directory, its record stays.</summary>
    public static bool End(this Organisation organisation, VerificationState end, DateTimeOffset now)
    {
        if (end is not (VerificationState.Closed or VerificationState.Acquired) || !organisation.IsInDirectory)
        {
            return false;
        }
        organisation.State = end;
        organisation.LastUpdatedAt = now;
        organisation.Revision++;
        return true;
    }
}

public enum Change
{
    None,
    Registered,
    Updated,
    Refused,
}
