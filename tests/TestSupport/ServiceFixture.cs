using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using StPlatform.Contracts;
using StPlatform.Hosting;
using StPlatform.Hosting.Testing;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport.Identity;

namespace StPlatform.TestSupport;

/// <summary>
/// One department's service as its tests need it: real PostgreSQL (with the service's database)
/// and RabbitMQ processes started by our orchestrator, and the service itself hosted in-process
/// with the connection strings the AppHost would give it. Ready once <c>/health</c> says Healthy,
/// that is, once the migration has run and the broker answers.
/// </summary>
public abstract class ServiceFixture<TProgram, TDbContext>(string databaseName) : IServiceFixture, IAsyncLifetime
    where TProgram : class
    where TDbContext : DbContext
{
    // Generous: the whole suite runs test projects side by side on 2 cores, and at a load of 20 a
    // migration that takes 5 s on a quiet machine was seen to take over a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromMinutes(3);

    private DistributedApplication? _infrastructure;
    private WebApplicationFactory<TProgram>? _service;

    public WebApplicationFactory<TProgram> Service =>
        _service ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The service's database, as the AppHost would give it.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public string MigrationHealthCheck => $"migrations:{typeof(TDbContext).Name}";

    /// <summary>The audience of the service's tokens (its resource name); null for a service that takes none.</summary>
    protected virtual string? Audience => null;

    /// <summary>Who <see cref="CreateClient()"/> acts as: a role that may write in this service, and its unit.</summary>
    protected virtual string DefaultRole => PlatformRoles.Administrator;

    protected virtual string DefaultUnit => "SKHCN";

    /// <summary>
    /// A client that follows no redirect (a test sees the 302 of a POST-redirect-GET), signed in as
    /// <see cref="DefaultRole"/> of <see cref="DefaultUnit"/>.
    /// </summary>
    public HttpClient CreateClient() => CreateClient(DefaultRole, DefaultUnit);

    /// <summary>A client whose requests carry an access token for <paramref name="role"/> in <paramref name="unit"/>.</summary>
    public HttpClient CreateClient(string role, string unit) =>
        CreateClientWithToken(Audience is null ? null : TestTokens.Issue(Audience, role, unit));

    public HttpClient CreateAnonymousClient() => CreateClientWithToken(null);

    public HttpClient CreateClientWithToken(string? token)
    {
        var client = Service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>Runs <paramref name="work"/> against the service's own database, as a seed or a check.</summary>
    public async Task<T> WithDbAsync<T>(Func<TDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Service.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddPostgres(ResourceNames.Postgres).AddDatabase(databaseName);
        builder.AddRabbitMQ(ResourceNames.Messaging);
        _infrastructure = await builder.BuildAsync();
        await _infrastructure.StartAsync(timeout.Token);
        // The broker boots slowly on a loaded machine (several test projects start theirs at once):
        // the service's own health wait starts once both servers answer.
        await Task.WhenAll(
            _infrastructure.ResourceNotifications.WaitForResourceHealthyAsync(databaseName, StartTimeout, timeout.Token),
            _infrastructure.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Messaging, StartTimeout, timeout.Token));

        var database = await _infrastructure.GetConnectionStringAsync(databaseName, timeout.Token);
        ConnectionString = database ?? throw new InvalidOperationException($"{databaseName} has no connection string.");
        var messaging = await _infrastructure.GetConnectionStringAsync(ResourceNames.Messaging, timeout.Token);
        _service = new WebApplicationFactory<TProgram>().WithWebHostBuilder(host =>
        {
            host.UseSetting($"ConnectionStrings:{databaseName}", database)
                .UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", messaging)
                .UseSetting("Identity:KeyDirectory", KeyDirectory)
                .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
                .ConfigureTestServices(TrustTestTokens);
            ConfigureService(host);
        });

        await WaitUntilHealthyAsync();
    }

    /// <summary>
    /// The service trusts <see cref="TestTokens.Key"/> as the identity service's signing key: same
    /// validation (issuer, audience, lifetime, signature), no identity service to run beside it.
    /// </summary>
    private static void TrustTestTokens(IServiceCollection services) =>
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
            configuration.SigningKeys.Add(TestTokens.Key);
            options.Configuration = configuration;
            options.MetadataAddress = string.Empty;
        });

    /// <summary>Where an identity service under test keeps its keys: a folder of this fixture's own.</summary>
    protected string KeyDirectory { get; } = Path.Combine(Path.GetTempPath(), $"stp-keys-{Guid.NewGuid():N}");

    /// <summary>A test project's extra settings for its service (clients, trusted issuer).</summary>
    protected virtual void ConfigureService(IWebHostBuilder host)
    {
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
        if (_infrastructure is not null)
        {
            await _infrastructure.DisposeAsync();
        }
        if (Directory.Exists(KeyDirectory))
        {
            Directory.Delete(KeyDirectory, recursive: true);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + HealthyTimeout;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK
                && JsonDocument.Parse(last).RootElement.GetProperty("status").GetString() == "Healthy")
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        var broker = _infrastructure!.ResourceNotifications.GetSnapshot(ResourceNames.Messaging);
        throw new TimeoutException($"{typeof(TProgram).Assembly.GetName().Name} was not healthy within {HealthyTimeout}: {last}"
            + $"\nBroker {broker.State}, {broker.HealthStatus}; its last lines:\n{string.Join('\n', broker.ConsoleLines)}");
    }
}
