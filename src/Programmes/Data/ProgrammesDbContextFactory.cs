using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Data;

internal sealed class ProgrammesDbContextFactory()
    : DesignTimeDbContextFactory<ProgrammesDbContext>(ProgrammesDbContext.ConfigureOptions)
{
    protected override ProgrammesDbContext Create(DbContextOptions<ProgrammesDbContext> options) => new(options);
}
