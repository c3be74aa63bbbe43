using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests;

[Collection(SharedIpService.Name)]
public sealed class IpContractTests(IpFixture fixture) : ServiceContractTests(fixture)
{
    protected override string ApiPath => IpAssetApi.Prefix;

    protected override string PagePath => "/ip";

    protected override string PageHeading => "Đăng ký tài sản trí tuệ";

    protected override string OpenApiFile => "src/IntellectualProperty/IntellectualProperty.openapi.json";

    protected override string[] RequiredFields => ["objectType", "title", "applicationNumber", "filedOn", "owners"];

    // Filed long ago, so they list after every asset another test records.
    protected override Task SeedTrailingRecordsAsync(int count) => fixture.WithDbAsync(db =>
    {
        db.Assets.AddRange(Enumerable.Range(1, count).Select(_ => SampleAssets.Entity(SampleAssets.UniqueTitle(), new DateOnly(1990, 1, 1))));
        return db.SaveChangesAsync();
    });
}
