using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using StPlatform.Contracts;
using StPlatform.Identity.Data;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests;

/// <summary>
/// The identity service in Development (so the development users are seeded), with the gateway
/// registered as a confidential client that must use PKCE, and the development machine client.
/// </summary>
public sealed class IdentityFixture() : ServiceFixture<Program, UsersDbContext>(ResourceNames.IdentityDb)
{
    public const string GatewayClientId = "gateway";
    public const string GatewaySecret = "test-gateway-secret";
    public const string MachineClientId = "city-feed";
    public const string MachineSecret = "dev-city-feed-secret";
    public const string Password = "Dev-Password-2026!";
    public static readonly Uri GatewayRedirect = new("https://gateway.test/signin-oidc");

    public string Keys => KeyDirectory;

    /// <summary>A client that keeps cookies, as a browser does, and follows no redirect.</summary>
    public HttpClient CreateBrowser() =>
        Service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser signed in as <paramref name="userName"/> (a development user unless a password is given).</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = Password)
    {
        var browser = CreateBrowser();
        using var signedIn = await Forms.SubmitAsync(browser, "/identity/account/signin",
            [new("userName", userName), new("password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    protected override void ConfigureService(IWebHostBuilder host)
    {
        // The machine client comes from appsettings.Development.json.
        const string Gateway = "Identity:Clients:" + GatewayClientId + ":";
        host.UseEnvironment("Development")
            .UseSetting(Gateway + "ClientSecret", GatewaySecret)
            .UseSetting(Gateway + "DisplayName", "Cổng / Gateway")
            .UseSetting(Gateway + "Flow", "code")
            .UseSetting(Gateway + "RedirectUris:0", GatewayRedirect.ToString())
            .UseSetting(Gateway + "Scopes:0", ResourceNames.Programmes)
            .UseSetting(Gateway + "Scopes:1", ResourceNames.Tasks)
            .UseSetting(Gateway + "Scopes:2", ResourceNames.IntellectualProperty)
            .UseSetting(Gateway + "Scopes:3", ResourceNames.Startups);
    }
}

[CollectionDefinition(Name)]
public sealed class SharedIdentityService : ICollectionFixture<IdentityFixture>
{
    public const string Name = "Identity";
}
