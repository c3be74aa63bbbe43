using StPlatform.Contracts;
using StPlatform.Tasks.Data;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests;

public sealed class TasksFixture() : ServiceFixture<Program, TasksDbContext>(ResourceNames.TasksDb)
{
    protected override string Audience => ResourceNames.Tasks;

    protected override string DefaultRole => PlatformRoles.TaskOffice;
}

/// <summary>One PostgreSQL, one broker and one service for the whole project: they take seconds to start.</summary>
[CollectionDefinition(Name)]
public sealed class SharedTasksService : ICollectionFixture<TasksFixture>
{
    public const string Name = "Tasks";
}
