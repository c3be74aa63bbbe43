using StPlatform.Contracts;
using StPlatform.Hosting;

namespace StPlatform.AppHost;

internal static class ServiceResources
{
    /// <summary>
    /// A department's service: started once its own database exists and the broker answers, while
    /// the identity service boots beside it (token-signing keys are fetched at the first signed
    /// request). It could start before the broker too (the outbox holds events until the broker
    /// answers), but on 2 cores four services starting at once starve the broker's boot, which is
    /// on the path to every service's readiness: measured, waiting for it is faster overall
    /// (bench/README.md, Startup). It is reported healthy only when its own readiness check says so.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService(
        this IDistributedApplicationBuilder builder,
        string name,
        string projectPath,
        IResourceBuilder<PostgresDatabaseResource> database,
        IResourceBuilder<RabbitMQServerResource> messaging,
        IResourceBuilder<ProjectResource> identity) =>
        builder.AddProject(name, projectPath)
            .WithReference(database).WaitFor(database)
            .WithReference(messaging).WaitFor(messaging)
            .WithReference(identity)
            .WithHttpHealthCheck("/health");

    /// <summary>
    /// Registers the gateway with the identity service: code flow with PKCE back to the gateway's
    /// own address (known once ports are allocated), for every service's scope.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGatewayClient(
        this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ProjectResource> gateway, string secret)
    {
        const string Client = "Identity__Clients__gateway__";
        string GatewayUrl() => gateway.Resource.GetEndpoints().First().Url!.ToString().TrimEnd('/');
        identity.WithEnvironment(Client + "ClientSecret", secret)
            .WithEnvironment(Client + "DisplayName", "Cổng StPlatform / StPlatform gateway")
            .WithEnvironment(Client + "Flow", "code")
            .WithEnvironment(Client + "RedirectUris__0", () => GatewayUrl() + "/signin-oidc")
            .WithEnvironment(Client + "PostLogoutRedirectUris__0", () => GatewayUrl() + "/");
        string[] scopes = [ResourceNames.Programmes, ResourceNames.Tasks, ResourceNames.IntellectualProperty, ResourceNames.Startups];
        for (var i = 0; i < scopes.Length; i++)
        {
            identity.WithEnvironment($"{Client}Scopes__{i}", scopes[i]);
        }
        return identity;
    }
}
