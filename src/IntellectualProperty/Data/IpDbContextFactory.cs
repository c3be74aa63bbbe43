using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Data;

internal sealed class IpDbContextFactory()
    : DesignTimeDbContextFactory<IpDbContext>(IpDbContext.ConfigureOptions)
{
    protected override IpDbContext Create(DbContextOptions<IpDbContext> options) => new(options);
}
