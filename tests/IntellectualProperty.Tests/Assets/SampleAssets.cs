using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Assets;

/// <summary>Valid assets with titles, numbers and tax codes no other test uses.</summary>
internal static class SampleAssets
{
    public static string UniqueTitle() => $"Thiết bị lọc nước mặn dùng năng lượng mặt trời {Unique.Suffix()}";

    public static string UniqueApplicationNumber() => $"2-2023-{Unique.Digits(9)}";

    public static string UniqueTaxCode() => $"02{Unique.Digits(8)}";

    public static object Request(string title, string applicationNumber, string? taxCode = null, string objectType = "utilitySolution") => new
    {
        objectType,
        title,
        applicationNumber,
        filedOn = "2023-05-04",
        owners = new[] { new { name = "Trường Đại học Hàng hải Việt Nam", taxCode = taxCode ?? "0200123456" } },
        inventors = new[] { "Nguyễn Văn Hải", "Trần Thị Phương" },
        classes = objectType == "utilitySolution" ? new[] { "C02F 1/14" } : null,
    };

    public static IpAsset Entity(string title, DateOnly filedOn, IpObjectType type = IpObjectType.Trademark, string owner = "Hợp tác xã Nước mắm Cát Hải", string? taxCode = null)
    {
        var asset = new IpAsset
        {
            ObjectType = type,
            Title = title,
            ApplicationNumber = $"4-{filedOn.Year}-{Unique.Digits(9)}",
            FiledOn = filedOn,
        };
        asset.Owners.Add(new IpOwner { Position = 0, Name = owner, TaxCode = taxCode });
        asset.RecordFiling("test", DateTimeOffset.UtcNow);
        return asset;
    }
}
