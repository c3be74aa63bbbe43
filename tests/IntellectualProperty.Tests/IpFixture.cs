using StPlatform.Contracts;
using StPlatform.IntellectualProperty.Data;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests;

public sealed class IpFixture() : ServiceFixture<Program, IpDbContext>(ResourceNames.IpDb)
{
    protected override string Audience => ResourceNames.IntellectualProperty;

    protected override string DefaultRole => PlatformRoles.IpOfficer;
}

/// <summary>One PostgreSQL, one broker and one service for the whole project: they take seconds to start.</summary>
[CollectionDefinition(Name)]
public sealed class SharedIpService : ICollectionFixture<IpFixture>
{
    public const string Name = "IntellectualProperty";
}
