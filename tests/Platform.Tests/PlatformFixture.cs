using StPlatform.Contracts;
using StPlatform.Hosting;
using StPlatform.Hosting.Testing;

namespace StPlatform.Platform.Tests;

/// <summary>
/// The whole AppHost, started once for the tests that only read from it: PostgreSQL, RabbitMQ, the
/// four services and the gateway, on random ports with a temporary data folder.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    /// <summary>
    /// The gateway's per-person budget in this run, far below production's 600 so that a test can
    /// exceed it in seconds, yet above what any other test sends as one person within a minute.
    /// </summary>
    public const int PerUserPerMinute = 120;

    private readonly DirectoryInfo _identityKeys = Directory.CreateTempSubdirectory("stp-identity-keys-");

    /// <summary>The folder where the identity service keeps its signing key (PEM) for this run.</summary>
    public string IdentityKeyDirectory => _identityKeys.FullName;

    public DistributedApplication App { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    private readonly Dictionary<string, HttpClient> _sessions = new(StringComparer.Ordinal);

    /// <summary>A client signed in at the gateway as a development user (README), one session per user for the run.</summary>
    public async Task<HttpClient> SessionAsync(string userName)
    {
        if (!_sessions.TryGetValue(userName, out var session))
        {
            session = await Access.GatewaySession.SignInAsync(Gateway.BaseAddress!, userName);
            _sessions[userName] = session;
        }
        return session;
    }

    public async Task InitializeAsync()
    {
        App = await StartPlatformAsync(builder =>
        {
            Configure(builder, ResourceNames.Identity, "Identity__KeyDirectory", IdentityKeyDirectory);
            Configure(builder, ResourceNames.Gateway, "Gateway__RateLimits__PerUserPerMinute",
                PerUserPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Every test's requests come from 127.0.0.1: one address for the whole run, so its
            // budget must not decide which test gets a 429 (Gateway.Tests checks the per-address limit).
            Configure(builder, ResourceNames.Gateway, "Gateway__RateLimits__PerIpPerMinute", "100000");
        });
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }
        await App.DisposeAsync();
        _identityKeys.Delete(recursive: true);
    }

    private static void Configure(IDistributedApplicationTestingBuilder builder, string resource, string name, string value) =>
        builder.Resources.Single(r => r.Name == resource).Annotations.Add(new EnvironmentAnnotation(name, () => value));

    public static async Task<DistributedApplication> StartPlatformAsync(Action<IDistributedApplicationTestingBuilder>? configure = null)
    {
        // Generous: other test projects run beside this one on 2 cores (see ServiceFixture).
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(cancellationToken: timeout.Token);
        builder.DefaultTimeout = TimeSpan.FromMinutes(4);
        configure?.Invoke(builder);
        var app = await builder.BuildAsync(timeout.Token);
        try
        {
            await app.StartAsync(timeout.Token);
            foreach (var name in ServicePaths.Services.Append(ResourceNames.Identity).Append(ResourceNames.Gateway))
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
            }
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RunningPlatform : ICollectionFixture<PlatformFixture>
{
    public const string Name = "running platform";
}
