namespace StPlatform.TestSupport;

/// <summary>What <see cref="ServiceContractTests"/> needs of a service's fixture.</summary>
public interface IServiceFixture
{
    /// <summary>The readiness check that turns Healthy once the service's migrations are applied.</summary>
    string MigrationHealthCheck { get; }

    /// <summary>A client signed in with a role that may write in this service.</summary>
    HttpClient CreateClient();

    HttpClient CreateClient(string role, string unit);

    HttpClient CreateAnonymousClient();
}
