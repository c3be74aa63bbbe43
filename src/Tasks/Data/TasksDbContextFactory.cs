using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;

namespace StPlatform.Tasks.Data;

internal sealed class TasksDbContextFactory()
    : DesignTimeDbContextFactory<TasksDbContext>(TasksDbContext.ConfigureOptions)
{
    protected override TasksDbContext Create(DbContextOptions<TasksDbContext> options) => new(options);
}
