using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace StPlatform.ServiceDefaults.Tests;

/// <summary>
/// What an operator reads in a service's log while a dependency is down and comes back, with
/// <c>/health</c> probed as the gateway probes it (every 5 s): one line when a check turns bad,
/// with its reason, one when it recovers, and no stack per probe.
/// </summary>
public sealed class HealthTransitionsTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private HealthCheckResult _broker = HealthCheckResult.Healthy();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(_logs).SetMinimumLevel(LogLevel.Debug);
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("broker", () => _broker);
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_check_that_turns_bad_is_logged_once_with_its_reason_and_once_when_it_recovers()
    {
        Assert.Equal(HttpStatusCode.OK, await ProbeAsync());
        _broker = HealthCheckResult.Unhealthy("RabbitMQ is unreachable.", Thrown("Connection refused (127.0.0.1:5672)"));
        for (var probe = 0; probe < 3; probe++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await ProbeAsync());
        }
        _broker = HealthCheckResult.Healthy();
        Assert.Equal(HttpStatusCode.OK, await ProbeAsync());
        Assert.Equal(HttpStatusCode.OK, await ProbeAsync());

        var lines = _logs.Of<HealthTransitions>();
        Assert.Equal(2, lines.Count);
        Assert.Equal(LogLevel.Warning, lines[0].Level);
        Assert.Equal("Health check broker is Unhealthy: RabbitMQ is unreachable. (Connection refused (127.0.0.1:5672))", lines[0].Message);
        Assert.Equal(LogLevel.Information, lines[1].Level);
        Assert.Equal("Health check broker is Healthy again (was Unhealthy)", lines[1].Message);
        Assert.DoesNotContain(_logs.All, line => line.Category == HealthTransitions.RuntimeLogCategory);
        Assert.DoesNotContain(_logs.All, line => line.Message.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_bad_from_the_start_is_logged_once_and_healthy_checks_not_at_all()
    {
        _broker = HealthCheckResult.Degraded("Not ready: not started");
        for (var probe = 0; probe < 3; probe++)
        {
            await ProbeAsync();
        }

        var line = Assert.Single(_logs.Of<HealthTransitions>());
        Assert.Equal("Health check broker is Degraded: Not ready: not started", line.Message);
    }

    private async Task<HttpStatusCode> ProbeAsync()
    {
        using var response = await _client.GetAsync(new Uri(Extensions.HealthEndpointPath, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Connection refused", body, StringComparison.Ordinal);
        return response.StatusCode;
    }

    /// <summary>An exception with a stack, as a failed connection's is.</summary>
    private static InvalidOperationException Thrown(string message)
    {
        try
        {
            throw new InvalidOperationException(message);
        }
        catch (InvalidOperationException thrown)
        {
            return thrown;
        }
    }

    private sealed record LogLine(string Category, LogLevel Level, string Message);

    /// <summary>Every line the service logs, as its console would print them.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogLine> _lines = new();

        public IReadOnlyList<LogLine> All => [.. _lines];

        public IReadOnlyList<LogLine> Of<T>() => [.. _lines.Where(l => l.Category == typeof(T).FullName)];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception)));
        }
    }
}
