using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>
/// Two entries for one organisation become one: the duplicate's support and funding rounds move
/// to the entry that stays, and the duplicate is kept as "merged" pointing at it, off the listing.
/// </summary>
public static class Merging
{
    public static string? Refusal(Organisation duplicate, Organisation survivor)
    {
        if (duplicate.Id == survivor.Id)
        {
            return "Không thể gộp một tổ chức vào chính nó. / An entry cannot be merged into itself.";
        }
        if (duplicate.State == VerificationState.Merged || survivor.State == VerificationState.Merged)
        {
            return "Một trong hai bản ghi đã được gộp trước đó. / One of the two entries was already merged.";
        }
        if (duplicate.IsCertified)
        {
            return "Bản ghi trùng đang có giấy chứng nhận DN KH&CN còn hiệu lực; hãy gộp theo chiều ngược lại. / The duplicate holds a valid S&T enterprise certificate; merge the other way round.";
        }
        return null;
    }

    public static void MergeInto(this Organisation duplicate, Organisation survivor, DateTimeOffset now)
    {
        foreach (var support in duplicate.Support)
        {
            support.OrganisationId = survivor.Id;
        }
        foreach (var round in duplicate.FundingRounds)
        {
            round.OrganisationId = survivor.Id;
        }
        var wasInDirectory = duplicate.IsInDirectory;
        duplicate.State = VerificationState.Merged;
        duplicate.MergedIntoId = survivor.Id;
        duplicate.IsPublic = false;
        duplicate.LastUpdatedAt = now;
        if (wasInDirectory)
        {
            duplicate.Revision++;
        }
        survivor.Edited(now);
    }
}
