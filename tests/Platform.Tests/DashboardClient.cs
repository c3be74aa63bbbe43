using System.Net;
using StPlatform.Dashboard;
using StPlatform.Hosting;

namespace StPlatform.Platform.Tests;

internal static class DashboardClient
{
    /// <summary>A client of the console signed in as the operator would be: through the printed login link.</summary>
    public static async Task<HttpClient> SignedInAsync(DistributedApplication app)
    {
        var dashboard = app.GetDashboard() ?? throw new InvalidOperationException("The AppHost runs without its dashboard.");
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = dashboard.BrowserUrl };
        using var login = await client.GetAsync(dashboard.LoginUrl.PathAndQuery);
        login.EnsureSuccessStatusCode();
        return client;
    }
}
