namespace StPlatform.Hosting.Orchestration;

/// <summary>How one run is set up, read from the options and the configuration.</summary>
internal sealed record RunSettings(
    string? DataFolder,
    string EnvironmentName,
    string BuildConfiguration,
    string? ImagesFolder,
    string? OtlpEndpoint,
    string OtlpProtocol,
    Action<string> Log)
{
    public static RunSettings From(DistributedApplicationBuilder builder, Action<string> log)
    {
        var configuration = builder.Configuration;
        var otlpGrpc = configuration["OTLP_ENDPOINT_URL"] ?? configuration["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"];
        var otlpHttp = configuration["DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"];
        return new RunSettings(
            DataFolder: DataFolderFor(builder),
            EnvironmentName: configuration["DOTNET_ENVIRONMENT"] ?? configuration["ASPNETCORE_ENVIRONMENT"] ?? "Development",
            BuildConfiguration: ProjectOutput.ConfigurationOf(builder.AppHostAssembly),
            ImagesFolder: ImagesFolderFor(builder),
            OtlpEndpoint: otlpGrpc ?? otlpHttp,
            OtlpProtocol: configuration["OTLP_PROTOCOL"] ?? (otlpGrpc is null && otlpHttp is not null ? "http/protobuf" : "grpc"),
            Log: log);
    }

    /// <summary>
    /// The configured ProjectImages folder, else STPLATFORM_IMAGES; never for tests, which run what
    /// they just built.
    /// </summary>
    private static string? ImagesFolderFor(DistributedApplicationBuilder builder)
    {
        if (builder.Options.IsTesting)
        {
            return null;
        }
        var folder = builder.Configuration["ProjectImages"] is { Length: > 0 } configured
            ? configured
            : Environment.GetEnvironmentVariable("STPLATFORM_IMAGES");
        return folder is { Length: > 0 } ? Path.GetFullPath(folder) : null;
    }

    /// <summary>
    /// The configured DataFolder; else, for tests, a fresh temporary folder (null); else STPLATFORM_DATA;
    /// else <c>.data</c> in the repository (the AppHost folder's parent), kept from run to run.
    /// </summary>
    private static string? DataFolderFor(DistributedApplicationBuilder builder)
    {
        if (builder.Configuration["DataFolder"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        if (builder.Options.IsTesting)
        {
            return null;
        }
        return Environment.GetEnvironmentVariable("STPLATFORM_DATA") is { Length: > 0 } fromEnvironment
            ? Path.GetFullPath(fromEnvironment)
            : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(builder.AppHostDirectory))!, ".data");
    }
}
