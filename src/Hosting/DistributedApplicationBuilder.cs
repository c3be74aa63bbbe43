using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.Hosting;

internal sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly List<IResource> _resources = [];

    public DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        Options = options;
        AppHostAssembly = options.AppHostAssembly;
        AppHostDirectory = FindAppHostDirectory(options.AppHostAssembly);
        Configuration.AddEnvironmentVariables();
        Configuration.AddCommandLine(options.Args);
    }

    public DistributedApplicationOptions Options { get; }

    public ConfigurationManager Configuration { get; } = new();

    public IServiceCollection Services { get; } = new ServiceCollection();

    public string AppHostDirectory { get; }

    public Assembly? AppHostAssembly { get; }

    public IReadOnlyList<IResource> Resources => _resources;

    /// <summary>Set by the test harness: Build() hands the builder over instead of building.</summary>
    internal Action<DistributedApplicationBuilder>? CaptureOnBuild { get; set; }

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    public DistributedApplication Build()
    {
        if (CaptureOnBuild is { } capture)
        {
            CaptureOnBuild = null;
            capture(this);
            return DistributedApplication.Captured();
        }
        return BuildCore();
    }

    internal DistributedApplication BuildCore()
    {
        Services.AddSingleton<IConfiguration>(Configuration);
        return new DistributedApplication(this);
    }

    private static string FindAppHostDirectory(Assembly? assembly) =>
        assembly?.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AppHostProjectDirectory")?.Value
        ?? Directory.GetCurrentDirectory();
}
