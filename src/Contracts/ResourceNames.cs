namespace StPlatform.Contracts;

/// <summary>
/// The one name of each resource, shared by the AppHost, the services and the tests, so that a
/// connection string, a service-discovery entry and a test's look-up can never disagree.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";
    public const string Gateway = "gateway";

    public const string Programmes = "programmes";
    public const string Tasks = "tasks";
    public const string IntellectualProperty = "ip";
    public const string Startups = "startups";
    public const string Identity = "identity";

    public const string ProgrammesDb = "programmesdb";
    public const string TasksDb = "tasksdb";
    public const string IpDb = "ipdb";
    public const string StartupsDb = "startupsdb";
    public const string IdentityDb = "identitydb";
}
