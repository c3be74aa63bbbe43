using StPlatform.Programmes.Documents;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests;

[Collection(SharedProgrammesService.Name)]
public sealed class ProgrammesContractTests(ProgrammesFixture fixture) : ServiceContractTests(fixture)
{
    protected override string ApiPath => ProgrammeDocumentApi.Prefix;

    protected override string PagePath => "/programmes";

    protected override string PageHeading => "Đăng ký chương trình KH&amp;CN";

    protected override string OpenApiFile => "src/Programmes/Programmes.openapi.json";

    protected override string[] RequiredFields =>
        ["kind", "number", "title", "issuer", "signedOn", "periodStartYear", "periodEndYear"];

    // Signed long ago, so they list after every document another test registers.
    protected override Task SeedTrailingRecordsAsync(int count) => fixture.WithDbAsync(db =>
    {
        db.Documents.AddRange(Enumerable.Range(1, count).Select(i => SampleDocuments.Entity($"Kế hoạch cũ số {i}", new DateOnly(1950, 1, 1))));
        return db.SaveChangesAsync();
    });
}
