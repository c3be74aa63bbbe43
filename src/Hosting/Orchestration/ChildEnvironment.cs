namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// The environment a project or executable receives: the Aspire-compatible configuration contract
/// (ARCHITECTURE.md). Null values remove a variable the child would otherwise inherit.
/// </summary>
internal static class ChildEnvironment
{
    public static async Task<Dictionary<string, string?>> ForAsync(IResource resource, RunContext context, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        var http = resource.GetEndpoints().FirstOrDefault(e => e.Name == ResourceBuilderExtensions.HttpEndpointName);
        if (resource is ProjectResource)
        {
            environment["ASPNETCORE_URLS"] = http?.Url?.ToString().TrimEnd('/');
            environment["ASPNETCORE_ENVIRONMENT"] = context.EnvironmentName;
            environment["DOTNET_ENVIRONMENT"] = context.EnvironmentName;
            environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
            environment["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"] = "false";
            environment["Logging__Console__FormatterName"] = "simple";
            SmallMachineRuntime(environment);
        }
        environment["OTEL_SERVICE_NAME"] = resource.Name;
        environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Guid.NewGuid()}";
        environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = context.OtlpEndpoint;
        environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = context.OtlpEndpoint is null ? null : context.OtlpProtocol;

        foreach (var reference in resource.Annotations.OfType<ResourceReferenceAnnotation>())
        {
            switch (reference.Source)
            {
                case IResourceWithConnectionString source:
                    environment[$"ConnectionStrings__{reference.ConnectionName ?? source.Name}"] =
                        await source.GetConnectionStringAsync(cancellationToken);
                    break;
                case IResourceWithServiceDiscovery service:
                    // Endpoint names are unique per resource, so each name has exactly one entry: index 0.
                    foreach (var endpoint in service.GetEndpoints())
                    {
                        environment[$"services__{service.Name}__{endpoint.Name}__0"] = endpoint.Url?.ToString().TrimEnd('/');
                    }
                    break;
            }
        }
        foreach (var endpoint in resource.GetEndpoints().Where(e => e.EnvironmentVariable is not null))
        {
            environment[endpoint.EnvironmentVariable!] = endpoint.AllocatedPort?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var variable in resource.Annotations.OfType<EnvironmentAnnotation>())
        {
            environment[variable.Name] = variable.Value();
        }
        return environment;
    }

    /// <summary>
    /// Seven .NET processes start at once on as few as two cores (bench/README.md, "Startup"): idle
    /// thread-pool workers spin before they sleep, taking CPU from the others, so here they sleep at
    /// once (waking one costs a little latency). The runtime's tiering delay is left at its default:
    /// put off to 5 s without new code, tier-1 recompilation never came in a service taking steady
    /// requests, which then ran unoptimised code at twice the CPU per search (bench/README.md).
    /// </summary>
    private static void SmallMachineRuntime(Dictionary<string, string?> environment)
    {
        environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
    }
}
