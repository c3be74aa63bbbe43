using StPlatform.Contracts;
using StPlatform.Hosting;

namespace StPlatform.AppHost;

internal static class ServiceResources
{
    /// <summary>
    /// A department's service: started once its own database exists (it migrates it first), while
    /// the broker and the identity service boot beside it. It needs neither to start: the outbox
    /// holds events until the broker answers, and token-signing keys are fetched at the first
    /// signed request. It is reported healthy only when its own readiness check says so, which
    /// includes the broker; so "all healthy" still means every service is connected.
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
            .WithReference(messaging)
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
