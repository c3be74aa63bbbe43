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
}
