using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StPlatform.Identity.Seeding;
using StPlatform.Identity.Units;

namespace StPlatform.Identity.Tests.Account;

[Collection(SharedIdentityService.Name)]
public sealed class SeedTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Every_unit_of_the_city_profile_is_registered_with_its_Vietnamese_name()
    {
        var codes = CityUnitCodes();
        var units = await fixture.WithDbAsync(db => db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name));

        Assert.Equal(12, units.Count);
        Assert.Equal("Sở Khoa học và Công nghệ", units["SKHCN"]);
        Assert.Equal("UBND huyện Thủy Nguyên", units["UBND-TN"]);
    }

    [Fact]
    public async Task Development_seed_gives_every_unit_an_officer()
    {
        var codes = CityUnitCodes();
        var officers = await fixture.WithDbAsync(db => db.Users.Where(u => u.UserName!.StartsWith("officer.")).CountAsync());

        // Units registered later by the administrator (as other tests do) get no development officer.
        Assert.Equal(codes.Count, officers);
        Assert.Equal(codes.Count, await fixture.WithDbAsync(db => db.Units.CountAsync(u => codes.Contains(u.Code))));
    }

    [Fact]
    public async Task Bootstrap_refuses_a_second_administrator()
    {
        using var output = new StringWriter();
        Environment.SetEnvironmentVariable(BootstrapAdministrator.PasswordVariable, "A-long-enough-password-1");

        var exitCode = await BootstrapAdministrator.RunAsync(fixture.Service.Services, ["second-admin", "SKHCN"], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "second-admin")));
    }

    private List<string> CityUnitCodes() =>
        [.. fixture.Service.Services.GetRequiredService<IOptions<CityProfile>>().Value.Units.Select(u => u.Code)];
}
