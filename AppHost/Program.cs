using System.Security.Cryptography;
using StPlatform.AppHost;
using StPlatform.Contracts;
using StPlatform.Dashboard;
using StPlatform.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

// The ops console starts before every resource and receives their telemetry (README: Ops console).
builder.AddDashboard();

var postgres = builder.AddPostgres(ResourceNames.Postgres);
var messaging = builder.AddRabbitMQ(ResourceNames.Messaging);

var identityDb = postgres.AddDatabase(ResourceNames.IdentityDb);
var identity = builder.AddProject(ResourceNames.Identity, "../src/Identity/Identity.csproj")
    .WithReference(identityDb).WaitFor(identityDb)
    // Unit events wait in identity's outbox until the broker is up: sign-in must not wait for it.
    .WithReference(messaging)
    .WithHttpHealthCheck("/health");

var programmes = builder.AddService(ResourceNames.Programmes, "../src/Programmes/Programmes.csproj",
    postgres.AddDatabase(ResourceNames.ProgrammesDb), messaging, identity);
var tasks = builder.AddService(ResourceNames.Tasks, "../src/Tasks/Tasks.csproj",
    postgres.AddDatabase(ResourceNames.TasksDb), messaging, identity);
var ip = builder.AddService(ResourceNames.IntellectualProperty, "../src/IntellectualProperty/IntellectualProperty.csproj",
    postgres.AddDatabase(ResourceNames.IpDb), messaging, identity);
var startups = builder.AddService(ResourceNames.Startups, "../src/Startups/Startups.csproj",
    postgres.AddDatabase(ResourceNames.StartupsDb), messaging, identity);

// The gateway signs people in as the identity service's confidential client; the secret is new
// at every start and reaches only these two processes.
var gatewaySecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
// Nothing to wait for: sign-in fetches the identity service's metadata when first needed, and
// the gateway reports an unreachable service as a problem response until it is up.
var gateway = builder.AddProject(ResourceNames.Gateway, "../src/Gateway/Gateway.csproj")
    .WithReference(identity)
    .WithReference(programmes)
    .WithReference(tasks)
    .WithReference(ip)
    .WithReference(startups)
    .WithEnvironment("Gateway__ClientSecret", gatewaySecret)
    .WithHttpHealthCheck("/health");
identity.WithGatewayClient(gateway, gatewaySecret);

builder.Build().Run();

/// <summary>The type tests name to start this AppHost (as Aspire's generated <c>Projects.AppHost</c>).</summary>
public partial class Program;
