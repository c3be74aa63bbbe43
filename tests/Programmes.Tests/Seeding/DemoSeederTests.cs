using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.Seeding;

namespace StPlatform.Programmes.Tests.Seeding;

[Collection(SharedProgrammesService.Name)]
public sealed class DemoSeederTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Demo_data_loads_once_with_the_strategy_plan_and_its_numeric_targets()
    {
        await fixture.WithDbAsync(DemoSeeder.SeedAsync);

        var again = await fixture.WithDbAsync(DemoSeeder.SeedAsync);
        var plan = await fixture.WithDbAsync(db => db.Documents.Include(d => d.Indicators).ThenInclude(i => i.Targets)
            .SingleAsync(d => d.Number == "188/KH-UBND"));
        var strategy = await fixture.WithDbAsync(db => db.Documents.SingleAsync(d => d.Number == "569/QĐ-TTg"));

        Assert.Equal(0, again);
        Assert.Equal(DocumentStatus.Issued, plan.Status);
        Assert.Contains(strategy.Id, plan.ParentIds);
        var tfp = Assert.Single(plan.Indicators, i => i.Name.Contains("TFP", StringComparison.Ordinal));
        Assert.Equal([(2025, 40m), (2030, 45m)], tfp.Targets.OrderBy(t => t.Year).Select(t => (t.Year, t.Value)));
        var spending = Assert.Single(plan.Indicators, i => i.Name.StartsWith("Chi cho khoa học", StringComparison.Ordinal));
        Assert.Equal([(2025, 1m), (2030, 2m)], spending.Targets.OrderBy(t => t.Year).Select(t => (t.Year, t.Value)));
        Assert.Equal(6, plan.Indicators.Count);
    }

    [Fact]
    public async Task Demo_data_has_the_programmes_and_plans_of_2021_2025_from_the_city_news_under_resolution_08()
    {
        await fixture.WithDbAsync(DemoSeeder.SeedAsync);

        var resolution = await fixture.WithDbAsync(db => db.Documents.SingleAsync(d => d.Number == "08-NQ/TU" && d.Issuer == "Ban Chấp hành Đảng bộ thành phố Hải Phòng"));
        var underIt = await fixture.WithDbAsync(db => db.Documents
            .Where(d => d.ParentIds.Contains(resolution.Id) && d.PeriodStartYear == 2021 && d.Status == DocumentStatus.Issued)
            .Select(d => new { d.Kind, d.Title }).ToListAsync());

        string[] plans =
        [
            "Kế hoạch thực hiện Chương trình đổi mới công nghệ thành phố Hải Phòng giai đoạn 2021-2025",
            "Kế hoạch nâng cao năng suất và chất lượng sản phẩm, hàng hóa thành phố Hải Phòng giai đoạn 2021-2025",
            "Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021-2025",
        ];
        Assert.Equal(plans.Order(StringComparer.Ordinal),
            underIt.Where(d => d.Kind == ProgrammeDocumentKind.Plan).Select(d => d.Title).Order(StringComparer.Ordinal));
        Assert.Contains(underIt, d => d.Kind == ProgrammeDocumentKind.Programme && d.Title == "Chương trình phát triển tài sản trí tuệ thành phố Hải Phòng giai đoạn 2021-2030");
        Assert.Equal(3, underIt.Count(d => d.Kind == ProgrammeDocumentKind.Programme));
    }
}
