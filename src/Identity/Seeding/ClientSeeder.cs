using OpenIddict.Abstractions;
using StPlatform.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StPlatform.Identity.Seeding;

/// <summary>The service scopes (each with its service as audience) and the configured clients, kept in step with configuration.</summary>
internal static class ClientSeeder
{
    public static async Task SeedAsync(IServiceProvider services, IdentityServiceOptions settings, CancellationToken cancellationToken)
    {
        var scopes = services.GetRequiredService<IOpenIddictScopeManager>();
        foreach (var name in ServiceScopes.All)
        {
            if (await scopes.FindByNameAsync(name, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = name, Resources = { name } }, cancellationToken);
            }
        }

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var (clientId, client) in settings.Clients)
        {
            var descriptor = Describe(clientId, client);
            var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
        }
    }

    private static OpenIddictApplicationDescriptor Describe(string clientId, ClientRegistration client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = client.ClientSecret,
            DisplayName = client.DisplayName,
            ClientType = client.ClientSecret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation]);
        if (client.Flow == GrantTypes.ClientCredentials)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            descriptor.Properties["roles"] = System.Text.Json.JsonSerializer.SerializeToElement(client.Roles);
            descriptor.Properties["unit"] = System.Text.Json.JsonSerializer.SerializeToElement(client.Unit);
        }
        else
        {
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(client.RedirectUris.Select(uri => new Uri(uri)));
            descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris.Select(uri => new Uri(uri)));
        }
        descriptor.Permissions.UnionWith(client.Scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        return descriptor;
    }
}
