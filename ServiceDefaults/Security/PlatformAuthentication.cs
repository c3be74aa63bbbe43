using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace StPlatform.ServiceDefaults.Security;

/// <summary>
/// A service trusts the identity service's access tokens made for it: issuer, audience (the
/// service's own name), lifetime and RS256 signature by a key the identity service publishes,
/// fetched through service discovery (<c>http://identity</c>). Everything else answers 401; a
/// signed-in caller without the right role or unit answers 403; both as problem+json.
/// </summary>
public static class PlatformAuthentication
{
    public const string DefaultIssuer = "http://identity/";
    public const string DefaultAuthority = "http://identity";
    public const string MetadataPath = "/identity/.well-known/openid-configuration";

    public static TBuilder AddPlatformAuthentication<TBuilder>(this TBuilder builder, string audience) where TBuilder : IHostApplicationBuilder
    {
        var configuration = builder.Configuration;
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MetadataAddress = (configuration["Identity:Authority"] ?? DefaultAuthority).TrimEnd('/') + MetadataPath;
                // Loopback traffic between services; TLS ends at the city's reverse proxy.
                options.RequireHttpsMetadata = false;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = configuration["Identity:Issuer"] ?? DefaultIssuer,
                    ValidAudience = audience,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = PlatformClaims.Name,
                    RoleClaimType = PlatformClaims.Role,
                };
                options.Events = AuthenticationProblems.Events;
            });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpMessageHandlerFactory>((options, handlers) =>
                options.BackchannelHttpHandler ??= handlers.CreateHandler(nameof(PlatformAuthentication)));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PlatformPolicies.Administrator, policy => policy.RequireRole(PlatformRoles.Administrator))
            .AddPolicy(PlatformPolicies.ManageProgrammes, policy => policy.RequireRole(PlatformRoles.ProgrammeManager, PlatformRoles.Administrator))
            .AddPolicy(PlatformPolicies.AssignTasks, policy => policy.RequireRole(PlatformRoles.TaskOffice, PlatformRoles.ProgrammeManager, PlatformRoles.Administrator))
            .AddPolicy(PlatformPolicies.ReadTasks, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(PlatformPolicies.RecordIp, policy => policy.RequireRole(PlatformRoles.IpOfficer, PlatformRoles.Administrator))
            .AddPolicy(PlatformPolicies.EditDirectory, policy => policy.RequireRole(PlatformRoles.DirectoryEditor, PlatformRoles.Administrator));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        return builder;
    }
}
