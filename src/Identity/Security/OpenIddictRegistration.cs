using OpenIddict.Abstractions;
using StPlatform.Identity.Data;

namespace StPlatform.Identity.Security;

internal static class OpenIddictRegistration
{
    public const string ConnectPrefix = "identity/connect";

    /// <summary>
    /// Authorization code with PKCE for people (through the gateway), client credentials for
    /// machines, refresh tokens and revocation; access tokens are signed JWTs (not encrypted) so
    /// that every service validates them with its own JWT bearer handler.
    /// </summary>
    public static IHostApplicationBuilder AddOpenIddictServer(this IHostApplicationBuilder builder, IdentityServiceOptions settings)
    {
        var keys = settings.KeyDirectory ?? KeyFiles.DefaultDirectory;
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<UsersDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetIssuer(settings.Issuer);
                server.SetConfigurationEndpointUris($"identity/.well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris($"identity/.well-known/jwks")
                    .SetAuthorizationEndpointUris($"{ConnectPrefix}/authorize")
                    .SetTokenEndpointUris($"{ConnectPrefix}/token")
                    .SetRevocationEndpointUris($"{ConnectPrefix}/revoke")
                    .SetIntrospectionEndpointUris($"{ConnectPrefix}/introspect")
                    .SetEndSessionEndpointUris($"{ConnectPrefix}/endsession")
                    .SetUserInfoEndpointUris($"{ConnectPrefix}/userinfo");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes([
                    OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile,
                    OpenIddictConstants.Scopes.Roles, OpenIddictConstants.Scopes.OfflineAccess, .. ServiceScopes.All]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(15))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(1))
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2));
                server.AddSigningKey(KeyFiles.LoadOrCreate(keys, KeyFiles.SigningFile))
                    .AddEncryptionKey(KeyFiles.LoadOrCreate(keys, KeyFiles.EncryptionFile));
                server.DisableAccessTokenEncryption();
                // Plain HTTP on loopback behind the gateway; TLS ends at the city's reverse proxy.
                server.UseAspNetCore()
                    .DisableTransportSecurityRequirement()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
            });
        return builder;
    }
}
