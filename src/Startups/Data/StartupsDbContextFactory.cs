using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;

namespace StPlatform.Startups.Data;

internal sealed class StartupsDbContextFactory()
    : DesignTimeDbContextFactory<StartupsDbContext>(StartupsDbContext.ConfigureOptions)
{
    protected override StartupsDbContext Create(DbContextOptions<StartupsDbContext> options) => new(options);
}
