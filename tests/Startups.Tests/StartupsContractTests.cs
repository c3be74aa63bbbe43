using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests;

[Collection(SharedStartupsService.Name)]
public sealed class StartupsContractTests(StartupsFixture fixture) : ServiceContractTests(fixture)
{
    protected override string ApiPath => OrganisationApi.Prefix;

    protected override string PagePath => "/startups";

    protected override string PageHeading => "Danh bạ hệ sinh thái khởi nghiệp đổi mới sáng tạo";

    protected override string OpenApiFile => "src/Startups/Startups.openapi.json";

    protected override string[] RequiredFields => ["name", "taxCode", "type", "district"];

    // Named to sort after every organisation another test lists ("Công ty ...").
    protected override Task SeedTrailingRecordsAsync(int count) => fixture.WithDbAsync(db =>
    {
        db.Organisations.AddRange(Enumerable.Range(1, count).Select(i => SampleOrganisations.Entity($"Zzz tổ chức cũ {i:D3} {Unique.Suffix()}")));
        return db.SaveChangesAsync();
    });
}
