using StPlatform.Contracts;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests;

public sealed class ProgrammesFixture() : ServiceFixture<Program, ProgrammesDbContext>(ResourceNames.ProgrammesDb)
{
    protected override string Audience => ResourceNames.Programmes;

    protected override string DefaultRole => PlatformRoles.ProgrammeManager;
}

/// <summary>One PostgreSQL, one broker and one service for the whole project: they take seconds to start.</summary>
[CollectionDefinition(Name)]
public sealed class SharedProgrammesService : ICollectionFixture<ProgrammesFixture>
{
    public const string Name = "Programmes";
}
