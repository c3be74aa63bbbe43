using StPlatform.IntellectualProperty.Assets;
using StPlatform.ServiceDefaults.Text;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>What a search matches an asset by, folded once on write so a query folds only its own text.</summary>
public static class IpSearchText
{
    public static string Of(IpAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        IEnumerable<string?> parts =
        [
            asset.ApplicationNumber, asset.PublicationNumber, asset.GrantNumber, asset.Title, asset.TitleEn,
            .. asset.Owners.SelectMany(o => new[] { o.Name, o.TaxCode }),
            .. asset.Applicants, .. asset.Inventors, asset.Agent,
        ];
        return VietnameseText.Fold(string.Join(" | ", parts.Where(p => !string.IsNullOrWhiteSpace(p))));
    }
}
