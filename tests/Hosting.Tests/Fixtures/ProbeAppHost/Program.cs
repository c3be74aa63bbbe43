using StPlatform.Hosting;

// A small AppHost in the shape of the platform's: a database, a project that waits for it and is
// referenced by another process. The probe service is built by the orchestrator on first use.
var builder = DistributedApplication.CreateBuilder(args);

var database = builder.AddPostgres("postgres").AddDatabase("probedb");

var probe = builder.AddProject("probe", "../ProbeService/ProbeService.csproj")
    .WithReference(database).WaitFor(database)
    .WithHttpHealthCheck("/health")
    .WithEnvironment("PROBE_SETTING", "from-apphost");

builder.AddExecutable("sidecar", "sleep", ".", "300")
    .WithReference(probe)
    .WaitFor(probe);

builder.Build().Run();

namespace StPlatform.Hosting.Tests.ProbeAppHost
{
    /// <summary>The type tests name to start this AppHost.</summary>
    public sealed class Marker;
}
