using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StPlatform.Gateway.Tests.Support;

/// <summary>
/// The identity service's token endpoint as the gateway's back channel meets it: a code is always
/// redeemed, for an access token that is about to expire (so the next request renews it); a
/// refresh is granted or refused (as for a locked account) as the test decides.
/// </summary>
public sealed class IdentityStandIn : IAsyncDisposable
{
    public const string FirstToken = "first";
    public const string RenewedToken = "renewed";

    private readonly WebApplication _app;

    private IdentityStandIn(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>An access token as the gateway reads it (the payload only; the services check the signature).</summary>
    public static string AccessToken(string id) =>
        $"{Encode(new { alg = "RS256" })}.{Encode(new { sub = "officer.test", name = "officer.test", unit = "STC", role = "unit-officer", jti = id })}.signature";

    public static async Task<IdentityStandIn> StartAsync(bool grantsRefresh)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/health", () => "Healthy");
        app.MapPost("/identity/connect/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return form["grant_type"] == "refresh_token" && !grantsRefresh
                ? Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(new Dictionary<string, object>
                {
                    ["access_token"] = AccessToken(form["grant_type"] == "refresh_token" ? RenewedToken : FirstToken),
                    ["refresh_token"] = "refresh-" + Guid.NewGuid().ToString("N"),
                    ["token_type"] = "Bearer",
                    // Within the gateway's renewal margin: the next proxied request renews.
                    ["expires_in"] = form["grant_type"] == "refresh_token" ? 900 : 30,
                });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new IdentityStandIn(app, new Uri(address));
    }

    private static string Encode(object part) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(part))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
