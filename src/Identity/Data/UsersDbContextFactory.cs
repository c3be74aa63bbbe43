using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;

namespace StPlatform.Identity.Data;

internal sealed class UsersDbContextFactory()
    : DesignTimeDbContextFactory<UsersDbContext>(UsersDbContext.ConfigureOptions)
{
    protected override UsersDbContext Create(DbContextOptions<UsersDbContext> options) => new(options);
}
