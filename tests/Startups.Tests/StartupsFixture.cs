using StPlatform.Contracts;
using StPlatform.Startups.Data;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests;

public sealed class StartupsFixture() : ServiceFixture<Program, StartupsDbContext>(ResourceNames.StartupsDb)
{
    protected override string Audience => ResourceNames.Startups;

    protected override string DefaultRole => PlatformRoles.DirectoryEditor;
}

/// <summary>One PostgreSQL, one broker and one service for the whole project: they take seconds to start.</summary>
[CollectionDefinition(Name)]
public sealed class SharedStartupsService : ICollectionFixture<StartupsFixture>
{
    public const string Name = "Startups";
}
