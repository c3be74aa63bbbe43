using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Infrastructure;

public static class TestDatabase
{
    /// <summary>A context outside any service, for seeding and checking; it has no outbox interceptor.</summary>
    public static TestDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(connectionString).Options);
}
